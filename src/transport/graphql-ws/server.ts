// Kefu's GraphQL over WebSocket, knowing no socket library (the `ws` adapter is ../websocket.ts):
// the graphql-transport-ws protocol (protocol.ts) running Kefu's operations. Contract:
// schema/PROTOCOL.md. Differences from Yoga's documented graphql-ws recipe: authentication at
// connect (4403 on a bad token, and again when the token expires); parse/validate errors answer
// the one operation with an `error` message instead of closing the socket with 4500
// (prepare-operation.ts); every operation counts against limits.operationsPerMinute; staff
// sockets re-authenticate before every operation and close with 4403 when their access is revoked
// anywhere (access-guard.ts); shareable subscriptions execute once
// per event for all their subscribers (shared-execution.ts), each payload serialised once and
// written straight to the socket; queries and mutations of trusted documents run without the
// per-operation envelop (trusted-operations.ts), and trusted documents run compiled by graphql-jit
// (compiled-execution.ts).
import { execute, type ExecutionArgs } from 'graphql';
import { bearerToken } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { KefuError } from '../../errors.ts';
import { operationRefusal } from '../../rate-limits.ts';
import { labelRequestErrors } from '../../graphql/plugins/use-error-codes.ts';
import type { AccessGuard } from '../access-guard.ts';
import { createCompiledExecute } from '../compiled-execution.ts';
import { createSharedExecution, maskUnexpectedErrors } from '../shared-execution.ts';
import { createExpirySchedule } from '../expiry-schedule.ts';
import { closeOnExpiry, signInConnection, signOutConnection, type Connection, type ConnectionExpiries, type ConnectionHooks } from './connection.ts';
import { prepareOperation, preparedOf, type KefuYoga } from './prepare-operation.ts';
import { createProtocolServer, operationCount, type Operation, type ProtocolHandlers, type ProtocolServer } from './protocol.ts';
import { createTrustedOperations } from './trusted-operations.ts';

/** How the socket adapter writes and closes (../websocket.ts). */
export interface SocketOutput {
  send(connection: Connection, frame: string): void | Promise<void>;
  close(connection: Connection, code: number, reason: string): void;
}

export function createGraphQLWsServer(yoga: KefuYoga, deps: Deps, guard: AccessGuard, output: SocketOutput, hooks?: ConnectionHooks): ProtocolServer<Connection> {
  const { config, log, metrics } = deps;
  const shared = createSharedExecution({
    fields: { conversationEvents: { cursorArg: 'afterSeq' } },
    onExecute: () => metrics.sharedExecutions.inc(),
    onShare: () => metrics.sharedReuses.inc(),
  });

  // One function each for every shared subscription (each keeps it for its life): trusted documents run compiled.
  const compiledExecute = createCompiledExecute();
  const executeShared = (args: ExecutionArgs) => maskUnexpectedErrors(execute(args), log);
  const executeSharedCompiled = (args: ExecutionArgs) => maskUnexpectedErrors(compiledExecute(args), log);
  const errorCodes = { isIntrospectionAllowed: config.http.introspection };
  /** A shared subscription that could not start (e.g. variables that do not coerce) answers with codes, as the envelop's would. */
  const subscribeShared = async (args: ExecutionArgs, shareKey: string, isTrusted: boolean, out: Operation) => {
    const result = await shared.subscribe(args, shareKey, isTrusted ? executeSharedCompiled : executeShared, out);
    if ('isPushSubscription' in result) return result;
    const masked = await maskUnexpectedErrors(result, log);
    return labelRequestErrors(masked, errorCodes) ?? masked;
  };
  const trusted = createTrustedOperations(deps, compiledExecute);
  const expiries: ConnectionExpiries = createExpirySchedule(closeOnExpiry);

  const protocol = createProtocolServer({
    connectionInitTimeoutMs: config.realtime.connectionInitTimeoutMs,
    send: output.send,
    close: output.close,
    onConnect: async (connection, params) => {
      const credential = params?.authorization ?? params?.token ?? null;
      // A token is a string; anything else (a JSON object has no usable toString) is a bad token, not a server error.
      if (credential !== null && typeof credential !== 'string') return false;
      try {
        await signInConnection(deps, guard, hooks, expiries, connection, bearerToken(credential));
        return true;
      } catch (error) {
        if (error instanceof KefuError) return false;
        throw error;
      }
    },
    onSubscribe: async (connection, id, payload) => {
      // This operation is already registered, so it is one of the count.
      if (operationCount(connection) > config.limits.wsMaxOperations) {
        const max = config.limits.wsMaxOperations;
        return [new KefuError('TOO_MANY_OPERATIONS', `This WebSocket already runs ${max} operations, the most allowed at once: complete one first, or open another connection.`, { maxOperations: max })];
      }
      // GraphiQL sends its Headers tab with every operation instead of in connectionParams: an
      // anonymous socket signs in with the first such token (and is then guarded like any other).
      const headerToken = headerTokenOf(payload.extensions);
      if (headerToken && headerToken !== connection.token) {
        if (connection.token) return [new KefuError('FORBIDDEN', 'This WebSocket is signed in with another token; open a new connection for this one.')];
        try {
          await signInConnection(deps, guard, hooks, expiries, connection, headerToken);
        } catch (error) {
          if (error instanceof KefuError) return [error];
          throw error;
        }
      }
      const { guarded } = connection;
      const refusal = guarded ? await guard.check(guarded) : null;
      if (guarded && refusal) {
        // Close after this operation's error has been sent.
        setImmediate(() => guarded.revoke(refusal));
        return [new KefuError('UNAUTHENTICATED', refusal)];
      }
      // Counted here for every operation of the socket, however it runs (HTTP: use-operation-rate-limit.ts).
      const overLimit = await operationRefusal(deps.limiter, connection.context?.principal ?? null, connection.clientIp);
      if (overLimit) return [overLimit];
      return prepareOperation({ deps, yoga, shared, trusted }, connection, payload);
    },
    execute: (args) => {
      const mode = preparedOf(args);
      if (mode.kind === 'trusted') return trusted.execute(args);
      if (mode.kind === 'envelop') return mode.env.execute(args) as ReturnType<ProtocolHandlers<Connection>['execute']>;
      throw new Error('A shared subscription was executed as a query');
    },
    subscribe: (args, out) => {
      const mode = preparedOf(args);
      if (mode.kind === 'shared') return subscribeShared(args, mode.shareKey, mode.isTrusted, out);
      if (mode.kind === 'envelop') return mode.env.subscribe(args) as ReturnType<ProtocolHandlers<Connection>['subscribe']>;
      throw new Error('A trusted query or mutation was subscribed to');
    },
  });

  return {
    opened: protocol.opened,
    message: protocol.message,
    async closed(connection) {
      signOutConnection(log, hooks, expiries, connection);
      await protocol.closed(connection);
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
