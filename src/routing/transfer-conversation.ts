// Transfer to an agent (atomic capacity check, as any assignment) or to a department (its first
// available member by the department's strategy, else its queue), with an optional internal note
// that only staff see.
import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { appendEvents } from '../conversation-log/append-event.ts';
import { publishEvents } from '../conversation-log/publish-event.ts';
import { authorOf } from '../conversation-log/author-of.ts';
import { isOpenStatus } from '../conversation-log/open-statuses.ts';
import { messageBodySchema } from '../conversation-log/message-body.ts';
import { parseInput } from '../validation.ts';
import { updateConversationWhere } from '../storage/sql/conversation.ts';
import { claimAssignment } from './assignment/claim-assignment.ts';
import { publishAssignment } from './assignment/publish-assignment.ts';
import { routeConversation } from './assignment/route-conversation.ts';
import { drainQueue } from './queue/drain-queue.ts';

export async function transferConversation(deps: Deps, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  const data = parseInput(
    z
      .object({
        conversationId: z.string().min(1).max(100),
        agentId: z.string().min(1).max(100).optional(),
        departmentId: z.string().min(1).max(100).optional(),
        note: z.string().trim().min(1, 'Write the note for the agent, or leave the note out').pipe(messageBodySchema(deps.config.limits.messageMaxBytes)).optional(),
      })
      .refine((d) => Boolean(d.agentId) !== Boolean(d.departmentId), 'Give either agentId or departmentId, not both'),
    input,
  );
  const conversation = await findAccessibleConversation(deps, staff, data.conversationId);
  if (!isOpenStatus(conversation.status)) throw new KefuError('CONVERSATION_CLOSED', 'Reopen the conversation with updateConversation(status: OPEN) before transferring it.');
  const agent = data.agentId ? await deps.db.agent.findFirst({ where: { id: data.agentId, workspaceId: staff.workspaceId, deactivatedAt: null } }) : null;
  if (data.agentId && !agent) throw new KefuError('NOT_FOUND', 'No active agent with this id is in your workspace.');
  const department = data.departmentId ? await deps.db.department.findFirst({ where: { id: data.departmentId, workspaceId: staff.workspaceId } }) : null;
  if (data.departmentId && !department) throw new KefuError('NOT_FOUND', 'No department with this id is in your workspace.');

  const from = conversation.assigneeId;
  if (agent) {
    const result = await claimAssignment(deps, {
      workspaceId: staff.workspaceId,
      conversationId: conversation.id,
      agentId: agent.id,
      expectedAssigneeId: from,
      author: authorOf(staff),
      body: `${agent.name} joined the conversation`,
      data: { from, to: agent.id, agentName: agent.name, reason: 'TRANSFER' },
      isWaitingForAgent: true,
    });
    if (result.kind === 'full') throw new KefuError('AGENT_AT_CAPACITY', `${agent.name} already has ${agent.maxConcurrent} open conversations, their maximum; transfer to another agent or a department.`);
    if (result.kind === 'taken' || result.kind === 'busy') throw new KefuError('CONFLICT', 'The conversation or the agent changed meanwhile; reload and try again.');
    await publishAssignment(deps, [result.appended], 'TRANSFERRED');
  } else {
    await updateConversationWhere(deps.sql, { id: conversation.id, assigneeId: from }, { departmentId: department!.id });
    const outcome = await routeConversation(deps, conversation.id, { expectedAssigneeId: from, excludeAgentIds: from ? [from] : [], reason: 'TRANSFERRED' });
    if (outcome !== 'assigned' && outcome !== 'taken' && from) {
      const queued = await claimAssignment(deps, {
        workspaceId: staff.workspaceId,
        conversationId: conversation.id,
        agentId: null,
        expectedAssigneeId: from,
        author: authorOf(staff),
        body: `Transferred to ${department!.name}; waiting for an agent`,
        data: { from, to: null, departmentId: department!.id, departmentName: department!.name, reason: 'TRANSFER' },
      });
      if (queued.kind === 'assigned') await publishAssignment(deps, [queued.appended], 'TRANSFERRED');
    }
  }
  // After the transfer, not before: a transfer refused (agent at capacity, a conflict) leaves no
  // note behind, and its retries do not post it again.
  if (data.note) {
    const noted = await appendEvents(deps, [{ workspaceId: staff.workspaceId, conversationId: conversation.id, kind: 'TEXT', ...authorOf(staff), body: data.note, internal: true, data: { transferNote: true } }]);
    await publishEvents(deps, noted);
  }
  if (from) await drainQueue(deps, staff.workspaceId);
  return deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
}
