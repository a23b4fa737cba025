// The `ws` adapter for the graphql-transport-ws protocol (graphql-ws/server.ts), as graphql-ws's
// use/ws.ts adapts its makeServer: the upgrade gate (path, origin, refusals while draining, sockets
// per client address), one keepalive timer for all sockets, backpressure (a slow consumer is
// closed with 4413), malformed frames that close only their socket, and the drain on shutdown
// (1001, so clients resume elsewhere).
// Every socket's listeners are the same functions (`ws` calls them with the socket as `this`), which
// find the socket's connection record on it: no closures per socket.
import { randomUUID } from 'node:crypto';
import cluster from 'node:cluster';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, handleProtocols } from 'graphql-ws';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Deps } from '../deps.ts';
import type { AccessGuard } from './access-guard.ts';
import { createAddressCounter } from './address-counter.ts';
import { clientAddressOf } from './client-address.ts';
import { KefuCloseCode } from './close-codes.ts';
import { createTurnCork } from './cork-until-turn-end.ts';
import { flatString } from './flat-string.ts';
import { createConnection, type Connection, type ConnectionHooks } from './graphql-ws/connection.ts';
import type { KefuYoga } from './graphql-ws/prepare-operation.ts';
import { createGraphQLWsServer } from './graphql-ws/server.ts';

/** Upgrades refused before the handshake: the HTTP status, extra headers and the metric's reason. */
const REFUSALS = {
  draining: { status: '503 Service Unavailable', headers: '', reason: 'draining' },
  origin: { status: '403 Forbidden', headers: '', reason: 'origin' },
  address: { status: '429 Too Many Requests', headers: 'Retry-After: 30\r\n', reason: 'address' },
} as const;

const CONNECTION = Symbol('kefu.connection');
const STREAM = Symbol('kefu.stream');

/** A socket with its connection record and its byte stream (for corking). */
interface KefuWebSocket extends WebSocket {
  [CONNECTION]: Connection;
  [STREAM]: Duplex;
}

const connectionOf = (ws: WebSocket) => (ws as KefuWebSocket)[CONNECTION];

export interface WebSocketTransport {
  /** Refuse new sockets from now on (readiness already answers 503). */
  stopAccepting(): void;
  /** Stop accepting sockets and close open ones with 1001 so clients reconnect elsewhere and resume. */
  close(): Promise<void>;
  connectionCount(): number;
}

export function attachWebSocket(server: Server, yoga: KefuYoga, deps: Deps, guard: AccessGuard, hooks?: ConnectionHooks): WebSocketTransport {
  const { config, log, metrics } = deps;
  const corkUntilTurnEnd = createTurnCork();
  /** Sends unless closed; a socket whose unsent bytes passed the limit is closed with 4413 instead. */
  const canSend = (ws: WebSocket) => {
    if (ws.readyState !== ws.OPEN) return false;
    if (ws.bufferedAmount <= config.limits.wsMaxBufferedBytes) return true;
    ws.close(KefuCloseCode.SLOW_CONSUMER, 'Slow consumer: reconnect and resume with afterSeq');
    return false;
  };
  const gql = createGraphQLWsServer(
    yoga,
    deps,
    guard,
    {
      // While the socket keeps up a send goes on in this turn (so an operation's frames share the
      // turn's writev); once it is backed up, the promise settles at the write's end.
      send(connection, frame) {
        const ws = connection.socket as KefuWebSocket;
        if (!canSend(ws)) return;
        const stream = ws[STREAM];
        corkUntilTurnEnd(stream);
        if (stream.writableLength < stream.writableHighWaterMark) return void ws.send(frame);
        return new Promise<void>((resolve) => ws.send(frame, () => resolve()));
      },
      close: (connection, code, reason) => connection.socket.close(code, reason),
    },
    hooks,
  );
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: config.limits.wsMaxPayloadBytes, handleProtocols });
  const allowedOrigins = new Set(config.http.corsOrigins);
  const socketsPerAddress = createAddressCounter(config.limits.wsConnectionsPerAddress);
  let isAccepting = true;
  // One listener for every socket, made out here: a closure made in the upgrade handler would keep
  // the upgrade request (its headers and raw headers) alive as long as the socket.
  const onUpgradeSocketError = (error: Error) => log.debug({ err: error }, 'upgrade socket error');

  server.on('upgrade', (request, socket, head) => {
    // Node removes its own error listener from upgraded sockets: without this, a client that
    // resets the connection while it is refused or mid-handshake would be an uncaught exception.
    socket.on('error', onUpgradeSocketError);
    const path = (request.url ?? '').split('?')[0];
    if (path !== config.http.graphqlPath) return void socket.destroy();
    const address = clientAddressOf(request, config.http.trustProxy);
    const refusal = !isAccepting
      ? REFUSALS.draining
      : request.headers.origin && allowedOrigins.size > 0 && !allowedOrigins.has(request.headers.origin)
        ? REFUSALS.origin
        : !socketsPerAddress.mayOpen(address)
          ? REFUSALS.address
          : null;
    if (refusal) {
      metrics.wsRefused.inc({ reason: refusal.reason });
      socket.end(`HTTP/1.1 ${refusal.status}\r\nConnection: close\r\n${refusal.headers}Content-Length: 0\r\n\r\n`);
      return;
    }
    // handleUpgrade completes the handshake in this turn, so no other upgrade passes the check before 'connection' counts this one.
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request, socket, address));
  });
  // Which process answered: lets multi-worker tests (and operators) see where a socket landed.
  const workerId = String(cluster.worker?.id ?? 0);
  wss.on('headers', (headers) => headers.push(`X-Kefu-Worker: ${workerId}`));

  // Keepalive: one timer for all sockets (not one each); a socket that did not answer the last
  // ping by the next round is cut, and its client reconnects and resumes.
  const unanswered = new WeakSet<WebSocket>();
  // One listener for all sockets (`ws` calls it with the socket as `this`), not a closure each.
  function onPong(this: WebSocket) {
    unanswered.delete(this);
  }
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

  // The listeners every socket shares.
  function onMessage(this: WebSocket, data: RawData) {
    const connection = connectionOf(this);
    gql.message(connection, String(data)).catch((error: unknown) => {
      log.error({ err: error, connId: connection.connId }, 'websocket message handling failed');
      this.close(CloseCode.InternalServerError, 'Internal server error');
    });
  }
  // A malformed frame (too large, invalid UTF-8, bad close code, RSV bits, unmasked, reserved
  // opcode, bad control frame) is an 'error' on this socket only: ws has already started the
  // close with its code (1002, 1007 or 1009); without a listener it would kill the process.
  // (kefu_ws_close_total counts them by close code.)
  function onError(this: WebSocket, error: Error) {
    log.debug({ err: error, connId: connectionOf(this).connId }, 'websocket frame rejected');
  }
  function onClose(this: WebSocket, code: number) {
    metrics.wsConnections.dec();
    metrics.wsClosed.inc({ code: String(code) });
    const connection = connectionOf(this);
    socketsPerAddress.closed(connection.clientIp);
    gql.closed(connection).catch((error: unknown) => log.warn({ err: error, connId: connection.connId }, 'closing the connection\'s operations failed'));
  }

  wss.on('connection', (socket: WebSocket, _request: IncomingMessage, stream: Duplex, address: string) => {
    metrics.wsConnections.inc();
    socketsPerAddress.opened(address);
    const ws = socket as KefuWebSocket;
    ws[STREAM] = stream;
    ws[CONNECTION] = createConnection(flatString(randomUUID()), address, ws);
    ws.on('message', onMessage);
    ws.on('error', onError);
    ws.on('pong', onPong);
    ws.on('close', onClose);
    gql.opened(ws[CONNECTION], ws.protocol);
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
