// Picks an agent for one waiting (or reassigned) conversation with the strategy of its
// department or workspace, and claims it atomically. Tries candidates best first.
import { isOpenStatus } from '../../conversation-log/open-statuses.ts';
import type { Deps } from '../../deps.ts';
import type { RoutingStrategy } from '../../storage/models.ts';
import { claimAssignment } from './claim-assignment.ts';
import { findAvailableAgents, toStringList } from './find-available-agents.ts';
import { orderCandidates } from './order-candidates.ts';
import { publishAssignment } from './publish-assignment.ts';
import { pluginHooks } from '../../plugins/run-hooks.ts';

export type RouteOutcome = 'assigned' | 'no-agent' | 'taken' | 'manual';

export interface RouteOptions {
  /** The assignee the caller saw (null for the queue); the claim fails if it changed. */
  expectedAssigneeId?: string | null;
  excludeAgentIds?: string[];
  reason?: 'ASSIGNED' | 'TRANSFERRED';
}

export async function routeConversation(deps: Deps, conversationId: string, options: RouteOptions = {}): Promise<RouteOutcome> {
  const conversation = await deps.db.conversation.findUnique({
    where: { id: conversationId },
    include: { department: { select: { strategy: true } }, workspace: { select: { routingStrategy: true } } },
  });
  const expected = options.expectedAssigneeId ?? null;
  if (!conversation || conversation.assigneeId !== expected || !isOpenStatus(conversation.status)) return 'taken';
  const strategy: RoutingStrategy = conversation.department?.strategy ?? conversation.workspace.routingStrategy;
  if (strategy === 'MANUAL') return 'manual';
  const available = await findAvailableAgents(
    deps,
    { workspaceId: conversation.workspaceId, departmentId: conversation.departmentId, skills: toStringList(conversation.skills), language: conversation.language },
    options.excludeAgentIds,
  );
  if (available.length === 0) return 'no-agent';
  const lastAgentId = strategy === 'STICKY' ? await findLastAgentOfVisitor(deps, conversation.visitorId, conversation.id) : null;
  // 'busy' agents (locked by a concurrent claim) are skipped; if nobody else had room, report
  // no-agent and let the next drain or sweep retry, rather than wait holding a connection.
  const candidates = await pluginHooks.route(deps, conversation, orderCandidates(strategy, available, { visitorId: conversation.visitorId, lastAgentId }));
  for (const agent of candidates) {
    const result = await claimAssignment(deps, {
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      agentId: agent.id,
      expectedAssigneeId: expected,
      author: { authorType: 'SYSTEM' },
      body: `${agent.name} joined the conversation`,
      data: { from: expected, to: agent.id, agentName: agent.name, strategy, ...(options.reason === 'TRANSFERRED' ? { reason: 'AUTO_REASSIGN' } : {}) },
    });
    if (result.kind === 'taken') return 'taken';
    if (result.kind === 'assigned') {
      await publishAssignment(deps, [result.appended], options.reason ?? 'ASSIGNED');
      return 'assigned';
    }
  }
  return 'no-agent';
}

async function findLastAgentOfVisitor(deps: Pick<Deps, 'db'>, visitorId: string, exceptConversationId: string): Promise<string | null> {
  const last = await deps.db.conversation.findFirst({
    where: { visitorId, id: { not: exceptConversationId }, assigneeId: { not: null } },
    orderBy: { lastMessageAt: 'desc' },
    select: { assigneeId: true },
  });
  return last?.assigneeId ?? null;
}
