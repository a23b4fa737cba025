// The graphql-ws client behind subscriptions: reconnects forever with jittered backoff, sends the
// current token at every connect, asks for a fresh one after a 4403, and reports to `state`.
import { CloseCode, createClient, type Client } from 'graphql-ws';
import type { AuthProvider } from './auth-provider.ts';
import { computeBackoffMs, createWakeableDelay, type ResolvedRetryOptions, type WakeableDelay } from './backoff.ts';
import type { ConnectionStateTracker } from './connection-state.ts';

export interface WebSocketClientDeps {
  wsUrl: string;
  auth: AuthProvider;
  webSocketImpl: unknown;
  retry: ResolvedRetryOptions;
  state: ConnectionStateTracker;
  isLazy: boolean;
}

export function createWebSocketClient(deps: WebSocketClientDeps): Client {
  let isRejected = false;
  const retryWaits = new Set<WakeableDelay>();
  const client = createClient({
    url: deps.wsUrl,
    webSocketImpl: deps.webSocketImpl,
    lazy: deps.isLazy,
    // Failures of the eager connection show in `state`; it keeps retrying.
    onNonLazyError: () => {},
    retryAttempts: Infinity,
    // Every close and network error is worth a retry; graphql-ws still gives up on protocol errors
    // (4400, 4500, …), which a follower answers by subscribing again after a backoff.
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = createWakeableDelay(computeBackoffMs(retries, deps.retry));
      retryWaits.add(delay);
      await delay.promise;
      retryWaits.delete(delay);
    },
    connectionParams: async () => {
      const token = await deps.auth({ isRejected });
      isRejected = false;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: () => deps.state.reportSuccess(),
      closed: (event) => {
        const code = (event as { code?: unknown } | undefined)?.code;
        // Kefu closes with 4403 when the token is missing, invalid or expired (src/transport/close-codes.ts).
        if (code === CloseCode.Forbidden) isRejected = true;
        if (code !== 1000) deps.state.reportFailure();
      },
    },
  });
  return {
    ...client,
    // graphql-ws's dispose waits for a pending connect, backoff included, and rejects with the
    // close event when that connect fails: end the backoff now, and a closed client has no use
    // for the outcome, so `close()` neither hangs up to retry.maxDelayMs nor rejects.
    async dispose() {
      const disposing = client.dispose();
      for (const delay of retryWaits) delay.wake();
      await Promise.resolve(disposing).catch(() => {});
    },
  };
}
