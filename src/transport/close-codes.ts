// Kefu's own WebSocket close codes (graphql-ws owns 4400–4504; see schema/PROTOCOL.md).
export const KefuCloseCode = {
  /** The client read too slowly and its send buffer passed limits.wsMaxBufferedBytes. Reconnect and resume with afterSeq. */
  SLOW_CONSUMER: 4413,
  /** The token used at connect expired. Get a new token and reconnect. */
  TOKEN_EXPIRED: 4403,
  /** The server is shutting down (1001 Going Away): reconnect, possibly to another instance, and resume. */
  GOING_AWAY: 1001,
} as const;
