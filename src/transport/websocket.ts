// graphql-ws on the GraphQL path. Differences from Yoga's documented recipe (eco-rel-anchors §2.2):
// authentication happens at connect (4403 on a bad token); parse/validate errors answer the one
// operation with an `error` message instead of closing the socket with 4500; the limits and
// introspection policy run because validation goes through Yoga's envelop; a slow consumer is
// closed with 4413 instead of buffering without bound.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { makeServer, CloseCode } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { authenticate, bearerToken } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ServerContext } from '../graphql/create-yoga.ts';
import { KefuError } from '../errors.ts';
import { KefuCloseCode } from './close-codes.ts';

interface ConnectionExtra {
  context?: GraphQLContext;
}

export interface WebSocketTransport {
  /** Stop accepting sockets and close open ones with 1001 so clients reconnect elsewhere and resume. */
  close(): Promise<void>;
  connectionCount(): number;
}

type Enveloped = ReturnType<YogaServerInstance<ServerContext, GraphQLContext>['getEnveloped']>;

export function attachWebSocket(server: Server, yoga: YogaServerInstance<ServerContext, GraphQLContext>, deps: Deps): WebSocketTransport {
  const { config, log, metrics } = deps;
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: config.limits.wsMaxPayloadBytes });

  const gql = makeServer<Record<string, unknown> | undefined, ConnectionExtra>({
    connectionInitWaitTimeout: config.realtime.connectionInitTimeoutMs,
    onConnect: async (ctx) => {
      const requestId = randomUUID();
      try {
        const token = bearerToken(String(ctx.connectionParams?.authorization ?? ctx.connectionParams?.token ?? '') || null);
        const principal = await authenticate(deps, token);
        ctx.extra.context = { deps, principal, requestId, log: log.child({ connId: requestId }) };
        return true;
      } catch (error) {
        if (error instanceof KefuError) return false;
        throw error;
      }
    },
    onSubscribe: async (ctx, _id, payload) => {
      const env = yoga.getEnveloped({ kefu: ctx.extra.context } as ServerContext);
      let document;
      try {
        document = env.parse(payload.query);
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      let errors: readonly GraphQLError[];
      try {
        errors = env.validate(env.schema, document);
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError('The operation could not be validated.')];
      }
      if (errors.length > 0) return [...errors];
      const args: ExecutionArgs = {
        schema: env.schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: await env.contextFactory(),
        // Yoga's recipe: carry this operation's envelop to execute/subscribe below.
        rootValue: { execute: env.execute, subscribe: env.subscribe },
      };
      return args;
    },
    execute: (args) => (args.rootValue as Pick<Enveloped, 'execute'>).execute(args),
    subscribe: (args) => (args.rootValue as Pick<Enveloped, 'subscribe'>).subscribe(args),
  });

  server.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== config.http.graphqlPath) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  wss.on('connection', (ws: WebSocket) => {
    metrics.wsConnections.inc();
    const extra: ConnectionExtra = {};
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
            ws.send(data, () => resolve());
          }),
        close: (code, reason) => ws.close(code, reason),
        onMessage: (cb) =>
          ws.on('message', async (data) => {
            try {
              await cb(String(data));
            } catch (error) {
              log.error({ err: error }, 'websocket message handling failed');
              ws.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
        onPing: undefined,
      },
      extra,
    );
    let isAlive = true;
    ws.on('pong', () => (isAlive = true));
    const keepAlive = setInterval(() => {
      if (!isAlive) return ws.terminate();
      isAlive = false;
      ws.ping();
    }, config.realtime.keepAliveMs);
    keepAlive.unref();
    ws.once('close', (code, reason) => {
      clearInterval(keepAlive);
      metrics.wsConnections.dec();
      metrics.wsClosed.inc({ code: String(code) });
      void closed(code, String(reason));
    });
  });

  return {
    connectionCount: () => wss.clients.size,
    async close() {
      for (const ws of wss.clients) ws.close(KefuCloseCode.GOING_AWAY, 'Server shutting down: reconnect and resume');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
