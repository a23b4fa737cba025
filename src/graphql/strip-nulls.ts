/** Optional GraphQL inputs arrive as null when a client sends null; domain schemas treat that as omitted. */
export function stripNulls<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}
