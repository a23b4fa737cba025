// Subscriptions run over WebSocket only. Yoga would also stream them over HTTP (Server-Sent
// Events), but only sockets are watched for revoked access and token expiry
// (transport/access-guard.ts), counted per address and drained on shutdown: an SSE stream
// outlived a deactivated agent, a revoked API key and an expired token.
import type { Plugin } from 'graphql-yoga';
import { KefuError } from '../../errors.ts';

export function useSubscriptionsOverWebSocketOnly(graphqlPath: string): Plugin {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      // The WebSocket transport builds its context at connect time and passes it as `kefu` (ServerContext).
      if ((args.contextValue as { kefu?: unknown }).kefu) return;
      setResultAndStopExecution({
        errors: [new KefuError('BAD_REQUEST', `Subscribe over WebSocket (graphql-transport-ws) on ${graphqlPath}: subscriptions are not served over HTTP.`, { http: { status: 400 } })],
      });
    },
  };
}
