// One graphql-transport-ws connection's state, and signing it in: its GraphQL context, the access
// guard watching a staff token (4403 when access changes) and the close when the token expires.
// One flat record per socket, made with every field so all share one shape (an idle socket keeps
// it for hours: issue 19's memory per connection).
import type { Principal } from '../../auth/principal.ts';
import { authenticate } from '../../auth/principal.ts';
import { verifyToken } from '../../auth/tokens.ts';
import type { Deps } from '../../deps.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import type { Logger } from '../../log.ts';
import type { AccessGuard, GuardedSocket } from '../access-guard.ts';
import { KefuCloseCode } from '../close-codes.ts';
import type { ExpirySchedule } from '../expiry-schedule.ts';
import type { ProtocolConnection } from './protocol.ts';

/** What the protocol needs of a socket besides sending (the adapter's): closing it from outside an operation. */
export interface ClosableSocket {
  readonly readyState: number;
  readonly OPEN: number;
  close(code: number, reason: string): void;
}

/** A socket's connection: its graphql-transport-ws state (protocol.ts) and who it is. */
export interface Connection extends ProtocolConnection {
  readonly connId: string;
  readonly clientIp: string;
  readonly socket: ClosableSocket;
  /** Set on sign-in. */
  context: GraphQLContext | undefined;
  /** The token the socket signed in with (connectionParams, or GraphiQL's first operation headers). */
  token: string | null | undefined;
  /** When its token expires (the socket is then closed by the process's expiry schedule). */
  expiresAtMs: number;
  /** Staff sockets only: re-checked per operation and on access changes (access-guard.ts). */
  guarded: GuardedSocket | undefined;
  unwatch: (() => void) | undefined;
}

export function createConnection(connId: string, clientIp: string, socket: ClosableSocket): Connection {
  return {
    connId,
    clientIp,
    socket,
    isInitReceived: false,
    isAcknowledged: false,
    initTimer: null,
    operations: null,
    context: undefined,
    token: undefined,
    expiresAtMs: 0,
    guarded: undefined,
    unwatch: undefined,
  };
}

/** Told about every authenticated connection and its end (agent presence, src/presence/). */
export interface ConnectionHooks {
  connect(connectionId: string, principal: Principal | null): Promise<void>;
  disconnect(connectionId: string): Promise<void>;
}

/** Closes each connection whose token has expired; one per process (createConnectionExpiries). */
export type ConnectionExpiries = ExpirySchedule<Connection>;

export function closeOnExpiry(connection: Connection): void {
  connection.socket.close(KefuCloseCode.TOKEN_EXPIRED, 'Token expired: reconnect with a new token and resume');
}

/** Authenticates the socket as `token`'s owner (or anonymous): its context, access guard, presence and expiry. Throws KefuError on a bad token. */
export async function signInConnection(deps: Deps, guard: AccessGuard, hooks: ConnectionHooks | undefined, expiries: ConnectionExpiries, connection: Connection, token: string | null): Promise<void> {
  const changeCountAtAuth = guard.changeCount();
  const claims = token ? verifyToken(deps.secret, token) : null;
  const principal = await authenticate(deps, token, claims);
  const { socket } = connection;
  connection.token = token;
  connection.context = Object.assign(Object.create(CONNECTION_CONTEXT) as ConnectionContext, { deps, principal, requestId: connection.connId, clientIp: connection.clientIp, childLog: undefined });
  if (token && (principal?.kind === 'agent' || principal?.kind === 'apiKey')) {
    connection.guarded = { token, claims, principal, revoke: (reason) => socket.close(KefuCloseCode.ACCESS_REVOKED, reason.slice(0, 120)) };
    connection.unwatch = guard.watch(connection.guarded, changeCountAtAuth);
    // Closed while authenticating: the close handler already ran without anything to unwatch.
    if (socket.readyState !== socket.OPEN) connection.unwatch();
  }
  await hooks?.connect(connection.connId, principal);
  const expiresAtMs = (claims?.exp ?? 0) * 1000;
  // Closed while authenticating: signOutConnection has already run, and the schedule would keep it.
  if (expiresAtMs > 0 && socket.readyState === socket.OPEN) {
    connection.expiresAtMs = expiresAtMs;
    expiries.add(connection, expiresAtMs);
  }
}

interface ConnectionContext extends GraphQLContext {
  childLog: Logger | undefined;
}

// The child logger is made on first use: most connections never log, and tens of thousands of idle
// sockets would each hold one. Each run's context reads it from here (graphql/context.ts).
const CONNECTION_CONTEXT = {
  get log(): Logger {
    const context = this as ConnectionContext;
    return (context.childLog ??= context.deps.log.child({ connId: context.requestId }));
  },
};

/** Undoes signInConnection when the socket has closed. */
export function signOutConnection(log: Logger, hooks: ConnectionHooks | undefined, expiries: ConnectionExpiries, connection: Connection): void {
  if (connection.expiresAtMs) expiries.delete(connection, connection.expiresAtMs);
  connection.unwatch?.();
  hooks?.disconnect(connection.connId).catch((error) => log.warn({ err: error, connId: connection.connId }, 'connection hook failed'));
}
