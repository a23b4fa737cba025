// The graphql-transport-ws protocol for Kefu, knowing no socket library (the `ws` adapter is
// ../websocket.ts), as graphql-ws splits makeServer from use/ws. Contract: schema/PROTOCOL.md.
// Differences from Yoga's documented graphql-ws recipe: authentication at connect (4403 on a bad
// token, and again when the token expires); parse/validate errors answer the one operation with
// an `error` message instead of closing the socket with 4500 (prepare-operation.ts); staff sockets
// re-authenticate before every operation and close with 4403 when their access is revoked
// anywhere (access-guard.ts); shareable subscriptions execute once per event for all their
// subscribers (shared-execution.ts), each payload serialised once and written straight to the
// socket; queries and mutations of trusted documents run without the per-operation envelop
// (trusted-operations.ts).
import { execute } from 'graphql';
import { makeServer, type WebSocket } from 'graphql-ws';
import { bearerToken } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { KefuError } from '../../errors.ts';
import type { AccessGuard } from '../access-guard.ts';
import { createSharedExecution, maskUnexpectedErrors } from '../shared-execution.ts';
import { createExpirySchedule } from '../expiry-schedule.ts';
import { closeOnExpiry, signInConnection, signOutConnection, type Connection, type ConnectionExpiries, type ConnectionHooks } from './connection.ts';
import { prepareOperation, preparedOf, type KefuYoga } from './prepare-operation.ts';
import { createTrustedOperations } from './trusted-operations.ts';

export interface GraphQLWsServer {
  /** A socket opened (graphql-ws's `opened`); call the returned function once it has closed. */
  opened(socket: WebSocket, connection: Connection): (code?: number, reason?: string) => Promise<void>;
}

export function createGraphQLWsServer(yoga: KefuYoga, deps: Deps, guard: AccessGuard, hooks?: ConnectionHooks): GraphQLWsServer {
  const { config, log, metrics } = deps;
  const shared = createSharedExecution({
    fields: { conversationEvents: { cursorArg: 'afterSeq' } },
    onExecute: () => metrics.sharedExecutions.inc(),
    onShare: () => metrics.sharedReuses.inc(),
  });

  const trusted = createTrustedOperations(deps);
  const expiries: ConnectionExpiries = createExpirySchedule(closeOnExpiry);

  const gql = makeServer<Record<string, unknown> | undefined, Connection>({
    connectionInitWaitTimeout: config.realtime.connectionInitTimeoutMs,
    onConnect: async (ctx) => {
      try {
        await signInConnection(deps, guard, hooks, expiries, ctx.extra, bearerToken(String(ctx.connectionParams?.authorization ?? ctx.connectionParams?.token ?? '') || null));
        return true;
      } catch (error) {
        if (error instanceof KefuError) return false;
        throw error;
      }
    },
    onSubscribe: async (ctx, id, payload) => {
      // GraphiQL sends its Headers tab with every operation instead of in connectionParams: an
      // anonymous socket signs in with the first such token (and is then guarded like any other).
      const headerToken = headerTokenOf(payload.extensions);
      if (headerToken && headerToken !== ctx.extra.token) {
        if (ctx.extra.token) return [new KefuError('FORBIDDEN', 'This WebSocket is signed in with another token; open a new connection for this one.')];
        try {
          await signInConnection(deps, guard, hooks, expiries, ctx.extra, headerToken);
        } catch (error) {
          if (error instanceof KefuError) return [error];
          throw error;
        }
      }
      const { connId, context, guarded, write } = ctx.extra;
      const refusal = guarded ? await guard.check(guarded) : null;
      if (guarded && refusal) {
        // Close after graphql-ws has sent this operation's error (it sends synchronously once we return).
        setImmediate(() => guarded.revoke(refusal));
        return [new KefuError('UNAUTHENTICATED', refusal)];
      }
      return prepareOperation({ deps, yoga, shared, trusted }, { connId, context, write }, id, payload);
    },
    execute: (args) => {
      const mode = preparedOf(args);
      if (mode.kind === 'trusted') return trusted.execute(args);
      if (mode.kind === 'envelop') return mode.env.execute(args);
      throw new Error('graphql-ws executed a shared subscription as a query');
    },
    subscribe: (args) => {
      const mode = preparedOf(args);
      if (mode.kind === 'shared') return shared.subscribe(args, mode.shareKey, (a) => maskUnexpectedErrors(execute(a), log), mode.out);
      if (mode.kind === 'envelop') return mode.env.subscribe(args);
      throw new Error('graphql-ws subscribed to a trusted query or mutation');
    },
  });

  return {
    opened(socket, connection) {
      const closed = gql.opened(socket, connection);
      return (code, reason) => {
        signOutConnection(log, hooks, expiries, connection);
        return closed(code, reason);
      };
    },
  };
}

/** `Authorization` from an operation's `extensions.headers` (GraphiQL's Headers tab), as a bare token. */
function headerTokenOf(extensions: Record<string, unknown> | undefined | null): string | null {
  const headers = extensions?.headers;
  if (typeof headers !== 'object' || headers === null) return null;
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? bearerToken(entry[1]) : null;
}
