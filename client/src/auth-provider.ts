// Where the SDK gets its bearer token, for HTTP requests and for each WebSocket connect.

/**
 * Returns the token to send (`null` for none). Called before every HTTP request and socket connect,
 * so return a stored value quickly. `isRejected` is true after the server refused the last token
 * (HTTP UNAUTHENTICATED, or socket close 4403): refresh it, e.g. sign in again or call
 * startVisitorSession with the visitor token.
 */
export type AuthProvider = (context: { isRejected: boolean }) => string | null | Promise<string | null>;

export function toAuthProvider(auth: string | AuthProvider | null | undefined): AuthProvider {
  if (typeof auth === 'function') return auth;
  return () => auth ?? null;
}
