// Which agents could take a conversation right now: online, in its department, with its skills
// and language, not excluded, and below capacity by a plain read. The read is only a shortlist:
// claim-assignment.ts re-checks capacity under the agent's lock.
import type { Deps } from '../../deps.ts';
import { OPEN_STATUSES } from '../../conversation-log/open-statuses.ts';

export interface RoutingTarget {
  workspaceId: string;
  departmentId: string | null;
  skills: string[];
  language: string | null;
}

export interface AvailableAgent {
  id: string;
  name: string;
  openCount: number;
  maxConcurrent: number;
  lastAssignedAt: Date | null;
}

export function toStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function findAvailableAgents(deps: Pick<Deps, 'db'>, target: RoutingTarget, excludeAgentIds: string[] = []): Promise<AvailableAgent[]> {
  const agents = await deps.db.agent.findMany({
    where: {
      workspaceId: target.workspaceId,
      presence: 'ONLINE',
      deactivatedAt: null,
      ...(excludeAgentIds.length > 0 ? { id: { notIn: excludeAgentIds } } : {}),
      ...(target.departmentId ? { departments: { some: { departmentId: target.departmentId } } } : {}),
    },
    select: { id: true, name: true, maxConcurrent: true, lastAssignedAt: true, skills: true, languages: true },
  });
  const qualified = agents.filter((agent) => {
    const skills = toStringList(agent.skills);
    const languages = toStringList(agent.languages);
    return target.skills.every((s) => skills.includes(s)) && (!target.language || languages.length === 0 || languages.includes(target.language));
  });
  if (qualified.length === 0) return [];
  const counts = await countOpenConversations(deps, qualified.map((a) => a.id));
  return qualified
    .map((agent) => ({ id: agent.id, name: agent.name, maxConcurrent: agent.maxConcurrent, lastAssignedAt: agent.lastAssignedAt, openCount: counts.get(agent.id) ?? 0 }))
    .filter((agent) => agent.openCount < agent.maxConcurrent);
}

export async function countOpenConversations(deps: Pick<Deps, 'db'>, agentIds: string[]): Promise<Map<string, number>> {
  const rows = await deps.db.conversation.groupBy({ by: ['assigneeId'], where: { assigneeId: { in: agentIds }, status: { in: [...OPEN_STATUSES] } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.assigneeId!, r._count._all]));
}
