// Kefu's own WebSocket close codes (graphql-ws owns 4400–4504; see schema/PROTOCOL.md).
export const KefuCloseCode = {
  /** The client read too slowly and its send buffer passed limits.wsMaxBufferedBytes. Reconnect and resume with afterSeq. */
  SLOW_CONSUMER: 4413,
  /** The token used at connect expired. Get a new token and reconnect. */
  TOKEN_EXPIRED: 4403,
  /**
   * The socket's access changed: its API key was revoked, its agent signed out, was deactivated or
   * got another role, or its sessions were revoked. Same code as an expired token: get a valid
   * token (sign in again) and reconnect; after a role change the same token reconnects with the new role.
   */
  ACCESS_REVOKED: 4403,
  /** The server is shutting down (1001 Going Away): reconnect, possibly to another instance, and resume. */
  GOING_AWAY: 1001,
} as const;
