import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { authorOf } from '../conversation-log/author-of.ts';
import { isOpenStatus } from '../conversation-log/open-statuses.ts';
import { claimAssignment } from '../routing/assignment/claim-assignment.ts';
import { drainQueue } from '../routing/queue/drain-queue.ts';
import { publishAssignment } from '../routing/assignment/publish-assignment.ts';
import { parseInput } from '../validation.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';

/**
 * Assigns to an agent of the same workspace (a manual pick from the queue, or a supervisor's
 * choice), or back to the queue with agentId null. Goes through the same atomic capacity check as
 * automatic routing: a full agent gives AGENT_AT_CAPACITY, a concurrent change gives CONFLICT.
 */
export async function assignConversation(deps: Deps, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  const data = parseInput(z.object({ conversationId: z.string().min(1).max(100), agentId: z.string().min(1).max(100).nullable() }), input);
  const conversation = await findAccessibleConversation(deps, staff, data.conversationId);
  const agent = data.agentId ? await deps.db.agent.findFirst({ where: { id: data.agentId, workspaceId: staff.workspaceId, deactivatedAt: null } }) : null;
  if (data.agentId && !agent) throw new KefuError('NOT_FOUND', 'No active agent with this id is in your workspace.');
  if (conversation.assigneeId === (agent?.id ?? null)) return conversation;
  if (!isOpenStatus(conversation.status)) {
    throw new KefuError('CONVERSATION_CLOSED', 'This conversation is resolved or closed; reopen it with updateConversation(status: OPEN) before assigning it.');
  }
  const result = await claimAssignment(deps, {
    workspaceId: staff.workspaceId,
    conversationId: conversation.id,
    agentId: agent?.id ?? null,
    expectedAssigneeId: conversation.assigneeId,
    author: authorOf(staff),
    body: agent ? `${agent.name} joined the conversation` : 'The conversation is waiting for an agent',
    data: { from: conversation.assigneeId, to: agent?.id ?? null, ...(agent ? { agentName: agent.name } : {}) },
    isWaitingForAgent: true,
  });
  if (result.kind === 'full') throw new KefuError('AGENT_AT_CAPACITY', `${agent!.name} already has ${agent!.maxConcurrent} open conversations, their maximum; pick another agent.`, { maxConcurrent: agent!.maxConcurrent });
  if (result.kind === 'taken') throw new KefuError('CONFLICT', 'The conversation was assigned or closed meanwhile; reload it and try again.');
  if (result.kind === 'busy') throw new KefuError('CONFLICT', 'Another assignment to this agent is in progress; try again.');
  await publishAssignment(deps, [result.appended], 'ASSIGNED');
  if (conversation.assigneeId) await drainQueue(deps, staff.workspaceId);
  return result.appended.conversation;
}
