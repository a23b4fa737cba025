// graphql-ws on the GraphQL path (contract: schema/PROTOCOL.md). Differences from Yoga's
// documented recipe (eco-rel-anchors §2.2): authentication at connect (4403 on a bad token, and
// again when the token expires); parse/validate errors answer the one operation with an `error`
// message instead of closing the socket with 4500; staff sockets re-authenticate before every
// operation and close with 4403 when their access is revoked anywhere (access-guard.ts); limits
// and the introspection policy run because validation goes through Yoga's envelop; mutations are rate-limited per connection; a
// slow consumer is closed with 4413; shareable subscriptions execute once per event for all their
// subscribers (shared-execution.ts); while draining, upgrades are refused and sockets get 1001.
import { randomUUID } from 'node:crypto';
import cluster from 'node:cluster';
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, execute, getOperationAST, type ExecutionArgs } from 'graphql';
import { makeServer, CloseCode, handleProtocols } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { authenticate, bearerToken, type Principal } from '../auth/principal.ts';
import { verifyToken } from '../auth/tokens.ts';
import type { Deps } from '../deps.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ServerContext } from '../graphql/create-yoga.ts';
import { badInput, KefuError } from '../errors.ts';
import { findInputIssues } from '../graphql/input-boundary.ts';
import type { Logger } from '../log.ts';
import { isGraphQLError } from '../graphql/mask-error.ts';
import type { AccessGuard, GuardedSocket } from './access-guard.ts';
import { clientAddressOf } from './client-address.ts';
import { KefuCloseCode } from './close-codes.ts';
import { createSharedExecution, maskUnexpectedErrors } from './shared-execution.ts';
import { createSharedFrames } from './graphql-ws/shared-frames.ts';
import { scheduleAt } from './schedule-at.ts';

interface ConnectionExtra {
  connId: string;
  clientIp: string;
  ws: WebSocket;
  context?: GraphQLContext;
  /** The token the socket signed in with (connectionParams, or GraphiQL's first operation headers). */
  token?: string | null;
  frames: ReturnType<typeof createSharedFrames>;
  cancelExpiry?: () => void;
  /** Staff sockets only: re-checked per operation and on access changes (access-guard.ts). */
  guarded?: GuardedSocket;
  unwatch?: () => void;
}

export interface WebSocketTransport {
  /** Refuse new sockets from now on (readiness already answers 503). */
  stopAccepting(): void;
  /** Stop accepting sockets and close open ones with 1001 so clients reconnect elsewhere and resume. */
  close(): Promise<void>;
  connectionCount(): number;
}

type Enveloped = ReturnType<YogaServerInstance<ServerContext, GraphQLContext>['getEnveloped']>;

interface Operation {
  env: Enveloped;
  shareKey: string | null;
}

/** Told about every authenticated connection and its end (agent presence, src/presence/). */
export interface ConnectionHooks {
  connect(connectionId: string, principal: Principal | null): Promise<void>;
  disconnect(connectionId: string): Promise<void>;
}

export function attachWebSocket(
  server: Server,
  yoga: YogaServerInstance<ServerContext, GraphQLContext>,
  deps: Deps,
  guard: AccessGuard,
  hooks?: ConnectionHooks,
): WebSocketTransport {
  const { config, log, metrics } = deps;
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: config.limits.wsMaxPayloadBytes, handleProtocols });
  const operations = new WeakMap<ExecutionArgs, Operation>();
  const shared = createSharedExecution({
    fields: { conversationEvents: { cursorArg: 'afterSeq' } },
    onExecute: () => metrics.sharedExecutions.inc(),
    onShare: () => metrics.sharedReuses.inc(),
  });
  const allowedOrigins = new Set(config.http.corsOrigins);
  let isAccepting = true;

  /** Authenticates the socket as `token`'s owner (or anonymous): its context, access guard, presence and expiry. */
  async function signInConnection(extra: ConnectionExtra, token: string | null): Promise<void> {
    const changeCountAtAuth = guard.changeCount();
    const principal = await authenticate(deps, token);
    extra.token = token;
    // The child logger is made on first use: most connections never log, and tens of thousands
    // of idle sockets would each hold one (a few hundred bytes of closures).
    let connectionLog: Logger | undefined;
    extra.context = {
      deps,
      principal,
      requestId: extra.connId,
      clientIp: extra.clientIp,
      get log() {
        return (connectionLog ??= log.child({ connId: extra.connId }));
      },
    };
    if (token && (principal?.kind === 'agent' || principal?.kind === 'apiKey')) {
      extra.guarded = { token, principal, revoke: (reason) => extra.ws.close(KefuCloseCode.ACCESS_REVOKED, reason.slice(0, 120)) };
      extra.unwatch = guard.watch(extra.guarded, changeCountAtAuth);
      // Closed while authenticating: the close handler already ran without anything to unwatch.
      if (extra.ws.readyState !== extra.ws.OPEN) extra.unwatch();
    }
    await hooks?.connect(extra.connId, principal);
    const expiresAtMs = token ? (verifyToken(deps.secret, token)?.exp ?? 0) * 1000 : 0;
    if (expiresAtMs > 0) {
      extra.cancelExpiry = scheduleAt(expiresAtMs, () => extra.ws.close(KefuCloseCode.TOKEN_EXPIRED, 'Token expired: reconnect with a new token and resume'));
    }
  }

  const gql = makeServer<Record<string, unknown> | undefined, ConnectionExtra>({
    connectionInitWaitTimeout: config.realtime.connectionInitTimeoutMs,
    onConnect: async (ctx) => {
      try {
        await signInConnection(ctx.extra, bearerToken(String(ctx.connectionParams?.authorization ?? ctx.connectionParams?.token ?? '') || null));
        return true;
      } catch (error) {
        if (error instanceof KefuError) return false;
        throw error;
      }
    },
    onSubscribe: async (ctx, _id, payload) => {
      // GraphiQL sends its Headers tab with every operation instead of in connectionParams: an
      // anonymous socket signs in with the first such token (and is then guarded like any other).
      const headerToken = headerTokenOf(payload.extensions);
      if (headerToken && headerToken !== ctx.extra.token) {
        if (ctx.extra.token) return [new KefuError('FORBIDDEN', 'This WebSocket is signed in with another token; open a new connection for this one.')];
        try {
          await signInConnection(ctx.extra, headerToken);
        } catch (error) {
          if (error instanceof KefuError) return [error];
          throw error;
        }
      }
      const context = ctx.extra.context;
      const refusal = ctx.extra.guarded ? await guard.check(ctx.extra.guarded) : null;
      if (refusal) {
        // Close after graphql-ws has sent this operation's error (it sends synchronously once we return).
        const guarded = ctx.extra.guarded!;
        setImmediate(() => guarded.revoke(refusal));
        return [new KefuError('UNAUTHENTICATED', refusal)];
      }
      const env = yoga.getEnveloped({ kefu: context } as ServerContext);
      let query: string;
      let document;
      try {
        query = deps.trustedDocuments.resolveQuery(payload) ?? payload.query;
        document = env.parse(query);
      } catch (error) {
        return [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError(String(error)))];
      }
      let errors: readonly GraphQLError[];
      try {
        errors = env.validate(env.schema, document);
      } catch (error) {
        return [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError('The operation could not be validated.'))];
      }
      if (errors.length > 0) return errors.map(withoutHttpHints);
      // Also answered here, not only by useInputBoundary: shared subscriptions execute outside the envelop.
      const issues = findInputIssues(env.schema, document, payload.variables);
      if (issues.length > 0) return [badInput(issues)];
      if (getOperationAST(document, payload.operationName)?.operation === 'mutation') {
        try {
          await deps.limiter.take('connectionMutations', ctx.extra.connId);
        } catch (error) {
          return [error as KefuError];
        }
      }
      const args: ExecutionArgs = {
        schema: env.schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: await env.contextFactory(),
        rootValue: undefined,
      };
      operations.set(args, { env, shareKey: shared.keyOf(args, query, audienceOf(context?.principal ?? null)) });
      return args;
    },
    execute: (args) => operations.get(args)!.env.execute(args),
    subscribe: (args) => {
      const { env, shareKey } = operations.get(args)!;
      return shareKey ? shared.subscribe(args, shareKey, (a) => maskUnexpectedErrors(execute(a), log)) : env.subscribe(args);
    },
    onNext: (ctx, id, _payload, _args, result) => {
      const json = shared.payloadOf(result);
      return json === undefined ? undefined : ctx.extra.frames.register(id, json);
    },
  });

  server.on('upgrade', (request, socket, head) => {
    // Node removes its own error listener from upgraded sockets: without this, a client that
    // resets the connection while it is refused or mid-handshake would be an uncaught exception.
    socket.on('error', (error) => log.debug({ err: error }, 'upgrade socket error'));
    const path = (request.url ?? '').split('?')[0];
    if (path !== config.http.graphqlPath) return void socket.destroy();
    const refusal = !isAccepting
      ? '503 Service Unavailable'
      : request.headers.origin && allowedOrigins.size > 0 && !allowedOrigins.has(request.headers.origin)
        ? '403 Forbidden'
        : null;
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  // Which process answered: lets multi-worker tests (and operators) see where a socket landed.
  const workerId = String(cluster.worker?.id ?? 0);
  wss.on('headers', (headers) => headers.push(`X-Kefu-Worker: ${workerId}`));

  // Keepalive: one timer for all sockets (not one each); a socket that did not answer the last
  // ping by the next round is cut, and its client reconnects and resumes.
  const unanswered = new WeakSet<WebSocket>();
  const keepAlive = setInterval(() => {
    for (const ws of wss.clients) {
      if (unanswered.has(ws)) {
        ws.terminate();
        continue;
      }
      unanswered.add(ws);
      ws.ping();
    }
  }, config.realtime.keepAliveMs);
  keepAlive.unref();
  wss.on('close', () => clearInterval(keepAlive));

  wss.on('connection', (ws: WebSocket, request: IncomingMessage) => {
    metrics.wsConnections.inc();
    const extra: ConnectionExtra = { connId: randomUUID(), clientIp: clientAddressOf(request, config.http.trustProxy), ws, frames: createSharedFrames() };
    const closed = gql.opened(
      {
        protocol: ws.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (ws.readyState !== ws.OPEN) return resolve();
            if (ws.bufferedAmount > config.limits.wsMaxBufferedBytes) {
              ws.close(KefuCloseCode.SLOW_CONSUMER, 'Slow consumer: reconnect and resume with afterSeq');
              return resolve();
            }
            ws.send(extra.frames.take(data), () => resolve());
          }),
        close: (code, reason) => ws.close(code, reason),
        onMessage: (cb) =>
          // Not awaited here: for a subscribe the promise lasts as long as the subscription, and
          // an async handler would hold the raw frame for all that time.
          ws.on('message', (data) => {
            cb(String(data)).catch((error: unknown) => {
              log.error({ err: error, connId: extra.connId }, 'websocket message handling failed');
              ws.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
        onPing: undefined,
      },
      extra,
    );
    // A malformed frame (too large, invalid UTF-8, bad close code, RSV bits, unmasked, reserved
    // opcode, bad control frame) is an 'error' on this socket only: ws has already started the
    // close with its code (1002, 1007 or 1009); without a listener it would kill the process.
    // (kefu_ws_close_total counts them by close code.)
    ws.on('error', (error) => log.debug({ err: error, connId: extra.connId }, 'websocket frame rejected'));
    ws.on('pong', () => unanswered.delete(ws));
    ws.once('close', (code, reason) => {
      extra.cancelExpiry?.();
      extra.unwatch?.();
      hooks?.disconnect(extra.connId).catch((error) => log.warn({ err: error, connId: extra.connId }, 'connection hook failed'));
      metrics.wsConnections.dec();
      metrics.wsClosed.inc({ code: String(code) });
      void closed(code, String(reason));
    });
  });

  return {
    connectionCount: () => wss.clients.size,
    stopAccepting() {
      isAccepting = false;
    },
    async close() {
      isAccepting = false;
      for (const ws of wss.clients) ws.close(KefuCloseCode.GOING_AWAY, 'Server shutting down: reconnect and resume');
      // Clients that never answer the close handshake are cut after a short grace period.
      const deadline = setTimeout(() => wss.clients.forEach((ws) => ws.terminate()), 5_000);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      clearTimeout(deadline);
    },
  };
}

/** Subscribers share executions only within one audience, so role-dependent fields stay correct. */
/** `Authorization` from an operation's `extensions.headers` (GraphiQL's Headers tab), as a bare token. */
function headerTokenOf(extensions: Record<string, unknown> | undefined | null): string | null {
  const headers = extensions?.headers;
  if (typeof headers !== 'object' || headers === null) return null;
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? bearerToken(entry[1]) : null;
}

function audienceOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  return principal.kind === 'visitor' ? 'visitor' : `${principal.kind}:${principal.role}`;
}

/** Yoga's `extensions.http` (status and headers for an HTTP response) means nothing on a socket. */
function withoutHttpHints(error: GraphQLError): GraphQLError {
  if (!error.extensions.http) return error;
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
}
