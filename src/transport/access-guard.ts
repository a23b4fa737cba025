// Authorisation that changes while a socket is open takes effect at once, on every process
// (issue 12). A staff socket (agent or API key) re-authenticates its token before every operation,
// and whenever access changes anywhere (topics.access, relayed by the cluster primary or Redis)
// the open sockets of that subject re-authenticate at once; a socket whose token no longer works,
// or whose role changed, is closed with 4403. After a bus gap every staff socket re-checks, since
// events may have been lost. Visitor tokens are stateless and not watched.
import { authenticate, type Principal } from '../auth/principal.ts';
import type { TokenClaims } from '../auth/tokens.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { topics } from '../events/topics.ts';

export interface GuardedSocket {
  token: string;
  /** The token's claims as verified at sign-in (agents): a re-check need not verify the signature again. */
  claims?: TokenClaims | null;
  principal: Extract<Principal, { kind: 'agent' | 'apiKey' }>;
  /** Close with 4403 and this reason. */
  revoke(reason: string): void;
}

export interface AccessGuard {
  /** Moves on every access change this process hears of; read it before authenticating a socket. */
  changeCount(): number;
  /** Null while the socket's token grants what it did at connect; else why not. */
  check(socket: GuardedSocket): Promise<string | null>;
  /** Watches a socket until the returned function is called; re-checks at once if access changed since `changeCountAtAuth`. */
  watch(socket: GuardedSocket, changeCountAtAuth: number): () => void;
  close(): void;
}

const subjectOf = (kind: 'agent' | 'apiKey', id: string) => `${kind}:${id}`;

export async function createAccessGuard(deps: Pick<Deps, 'bus' | 'sql' | 'secret' | 'log'>): Promise<AccessGuard> {
  const bySubject = new Map<string, Set<GuardedSocket>>();
  let changes = 0;

  async function check(socket: GuardedSocket): Promise<string | null> {
    try {
      const current = await authenticate(deps, socket.token, socket.claims);
      if (current?.kind !== socket.principal.kind || current.role !== socket.principal.role) {
        return 'Access changed: reconnect to continue with your current role';
      }
      return null;
    } catch (error) {
      if (error instanceof KefuError) return `Access revoked: ${error.message}`;
      throw error;
    }
  }

  function recheck(socket: GuardedSocket): void {
    check(socket).then(
      (refusal) => {
        if (!refusal) return;
        deps.log.info({ event: 'socket_access_revoked', subject: subjectOf(socket.principal.kind, socket.principal.id), reason: refusal }, 'socket closed: access changed');
        socket.revoke(refusal);
      },
      // Storage unreachable: keep the socket; its next operation re-checks and fails if it must.
      (error: unknown) => deps.log.warn({ err: error }, 'socket access re-check failed'),
    );
  }

  const unsubscribe = await deps.bus.subscribe(topics.access(), (change) => {
    changes++;
    const kind = change.subjectKind === 'AGENT' ? 'agent' : 'apiKey';
    for (const socket of bySubject.get(subjectOf(kind, change.subjectId)) ?? []) recheck(socket);
  });
  const stopGapWatch = deps.bus.onGap(() => {
    changes++;
    for (const sockets of bySubject.values()) sockets.forEach(recheck);
  });

  return {
    changeCount: () => changes,
    check,
    watch(socket, changeCountAtAuth) {
      const key = subjectOf(socket.principal.kind, socket.principal.id);
      let sockets = bySubject.get(key);
      if (!sockets) bySubject.set(key, (sockets = new Set()));
      sockets.add(socket);
      // A change heard between authenticating and watching would otherwise be missed.
      if (changes !== changeCountAtAuth) recheck(socket);
      return () => {
        sockets.delete(socket);
        if (sockets.size === 0 && bySubject.get(key) === sockets) bySubject.delete(key);
      };
    },
    close() {
      unsubscribe();
      stopGapWatch();
    },
  };
}
