// Feeds presence from this process's agent WebSockets: a row per connection, a heartbeat for all
// of them every presence.heartbeatIntervalMs, closedAt on disconnect (the grace period runs from
// there). Other processes and machines do the same against the shared database.
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import type { AgentStatus } from '../storage/models.ts';
import { closeAgentConnection, insertAgentConnection, updateAgentConnections } from '../storage/sql/agent-connection.ts';
import { refreshAgentPresence } from './refresh-agent-presence.ts';

export interface PresenceTracker {
  connect(connectionId: string, principal: Principal | null): Promise<void>;
  disconnect(connectionId: string): Promise<void>;
  close(): Promise<void>;
}

export interface PresenceTrackerOptions {
  /** Called when an agent became ONLINE (e.g. to serve the queue). */
  onPresenceChanged?: (workspaceId: string, agentId: string, presence: AgentStatus) => Promise<unknown>;
}

export function createPresenceTracker(deps: Deps, options: PresenceTrackerOptions = {}): PresenceTracker {
  const open = new Map<string, { agentId: string; workspaceId: string }>();
  // Hooks in flight, awaited by close() so no query runs after the database is closed.
  const pending = new Set<Promise<unknown>>();
  let isClosed = false;
  const track = <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (isClosed) return Promise.resolve(undefined);
    const promise = work();
    pending.add(promise);
    return promise.finally(() => pending.delete(promise));
  };
  const refresh = async (agentId: string, workspaceId: string) => {
    const presence = await refreshAgentPresence(deps, agentId);
    if (presence) await options.onPresenceChanged?.(workspaceId, agentId, presence);
  };
  const beat = () => updateAgentConnections(deps.sql, [...open.keys()], { heartbeatAt: new Date() });
  const openPerAgent = new Map<string, number>();
  const countOpen = (agentId: string, change: 1 | -1) => {
    const count = (openPerAgent.get(agentId) ?? 0) + change;
    if (count > 0) openPerAgent.set(agentId, count);
    else openPerAgent.delete(agentId);
    return count;
  };
  const timer = setInterval(() => {
    track(beat).catch((error) => deps.log.warn({ err: error }, 'presence heartbeat failed'));
  }, deps.config.presence.heartbeatIntervalMs);
  timer.unref();
  return {
    async connect(connectionId, principal) {
      if (principal?.kind !== 'agent') return;
      await track(async () => {
        open.set(connectionId, { agentId: principal.id, workspaceId: principal.workspaceId });
        // Another live connection of the agent here means their presence cannot change now.
        const isFirstHere = countOpen(principal.id, 1) === 1;
        // Every agent socket passes here (a reconnect storm is thousands at once): prepared SQL.
        // A store that cannot write (a full disk) must not shut agents out of reading: the socket
        // stays, and until a later connect is recorded routing counts the agent as away from it.
        try {
          await insertAgentConnection(deps.sql, { id: connectionId, agentId: principal.id, workspaceId: principal.workspaceId, heartbeatAt: new Date() });
          if (isFirstHere) await refresh(principal.id, principal.workspaceId);
        } catch (error) {
          deps.log.warn({ err: error, agentId: principal.id }, 'could not record an agent connection; the socket stays open and routing does not count it');
        }
      });
    },
    async disconnect(connectionId) {
      const connection = open.get(connectionId);
      if (!connection) return;
      open.delete(connectionId);
      countOpen(connection.agentId, -1);
      await track(() => closeAgentConnection(deps.sql, connectionId, new Date()));
    },
    async close() {
      isClosed = true;
      clearInterval(timer);
      await Promise.allSettled([...pending]);
      const ids = [...open.keys()];
      open.clear();
      openPerAgent.clear();
      await updateAgentConnections(deps.sql, ids, { closedAt: new Date() });
    },
  };
}
