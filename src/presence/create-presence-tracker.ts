// Feeds presence from this process's agent WebSockets: a row per connection, a heartbeat for all
// of them every presence.heartbeatIntervalMs, closedAt on disconnect (the grace period runs from
// there). Other processes and machines do the same against the shared database.
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import type { AgentStatus } from '../storage/generated/sqlite/index.js';
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
  const beat = async () => {
    if (open.size === 0) return;
    await deps.db.agentConnection.updateMany({ where: { id: { in: [...open.keys()] } }, data: { heartbeatAt: new Date() } });
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
        await deps.db.agentConnection.create({ data: { id: connectionId, agentId: principal.id, workspaceId: principal.workspaceId } });
        await refresh(principal.id, principal.workspaceId);
      });
    },
    async disconnect(connectionId) {
      if (!open.delete(connectionId)) return;
      await track(() => deps.db.agentConnection.updateMany({ where: { id: connectionId }, data: { closedAt: new Date() } }));
    },
    async close() {
      isClosed = true;
      clearInterval(timer);
      await Promise.allSettled([...pending]);
      const ids = [...open.keys()];
      open.clear();
      if (ids.length > 0) await deps.db.agentConnection.updateMany({ where: { id: { in: ids } }, data: { closedAt: new Date() } });
    },
  };
}
