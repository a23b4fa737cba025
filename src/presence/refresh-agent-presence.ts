// An agent's presence is derived: the status they chose (ONLINE / AWAY / OFFLINE) while they have
// a live connection, OFFLINE otherwise. A connection is live while its process heartbeats it, and
// for presence.graceMs after it closed (reloads, several tabs, brief network loss). The stored
// value changes by a conditional update, so each transition is published once across processes.
import type { Deps } from '../deps.ts';
import { topics } from '../events/topics.ts';
import type { AgentStatus } from '../storage/models.ts';
import { deleteDeadAgentConnections } from '../storage/sql/agent-connection.ts';

/** A connection is live while open with a heartbeat after heartbeatAfter, or closed after closedAfter. */
function liveCutoffs(config: Deps['config'], now: Date) {
  return { heartbeatAfter: new Date(now.getTime() - config.presence.staleAfterMs), closedAfter: new Date(now.getTime() - config.presence.graceMs) };
}

function liveConnectionFilter(config: Deps['config'], now = new Date()) {
  const { heartbeatAfter, closedAfter } = liveCutoffs(config, now);
  return { OR: [{ closedAt: null, heartbeatAt: { gt: heartbeatAfter } }, { closedAt: { gt: closedAfter } }] };
}

/** Recomputes and stores one agent's presence; returns it when it changed, null otherwise. */
export async function refreshAgentPresence(deps: Pick<Deps, 'db' | 'bus' | 'config'>, agentId: string): Promise<AgentStatus | null> {
  const agent = await deps.db.agent.findUnique({ where: { id: agentId }, select: { workspaceId: true, status: true, presence: true } });
  if (!agent) return null;
  const live = await deps.db.agentConnection.count({ where: { agentId, ...liveConnectionFilter(deps.config) } });
  const presence: AgentStatus = live > 0 ? agent.status : 'OFFLINE';
  const changed = await deps.db.agent.updateMany({ where: { id: agentId, presence: { not: presence } }, data: { presence } });
  if (changed.count === 0) return null;
  await deps.bus.publish(topics.presence(agent.workspaceId), { agentId, presence, at: new Date().toISOString() });
  return presence;
}

/** Sweep: agents shown present without a live connection go OFFLINE; dead connection rows are deleted. */
export async function expirePresence(deps: Pick<Deps, 'db' | 'sql' | 'bus' | 'config'>): Promise<number> {
  const now = new Date();
  const stale = await deps.db.agent.findMany({
    where: { presence: { not: 'OFFLINE' }, connections: { none: liveConnectionFilter(deps.config, now) } },
    select: { id: true },
    take: 500,
  });
  for (const agent of stale) await refreshAgentPresence(deps, agent.id);
  await deleteDeadAgentConnections(deps.sql, liveCutoffs(deps.config, now));
  return stale.length;
}
