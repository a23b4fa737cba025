// The entry to routing for a new conversation, the bot's handoff and a visitor's "talk to a
// person": out of business hours the visitor gets the out-of-hours reply; otherwise the
// conversation joins the end of the queue and the queue is served at once, so it is assigned
// right away when an agent has room and never overtakes visitors already waiting.
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { isOpenStatus } from '../../conversation-log/open-statuses.ts';
import { KefuError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { businessHoursSchema, isWithinBusinessHours } from './business-hours.ts';
import { drainQueue } from './drain-queue.ts';
import { postOfflineReply } from './post-offline-reply.ts';
import { pingQueue } from '../assignment/publish-assignment.ts';
import { updateConversationWhere } from '../../storage/sql/conversation.ts';
import { notifyWaitingVisitor } from '../../email/notify-waiting-visitor.ts';

export const routingRequestSchema = z.object({
  departmentId: z.string().min(1).max(100).optional(),
  skills: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  language: z.string().trim().min(2).max(20).optional(),
});

export type RoutingRequest = z.input<typeof routingRequestSchema>;

export async function enterRouting(deps: Deps, conversationId: string, request: RoutingRequest = {}): Promise<void> {
  const data = parseInput(routingRequestSchema, request);
  const conversation = await deps.db.conversation.findUniqueOrThrow({ where: { id: conversationId }, include: { workspace: { select: { businessHours: true } } } });
  if (conversation.assigneeId || !isOpenStatus(conversation.status)) return;
  if (data.departmentId) {
    const department = await deps.db.department.findFirst({ where: { id: data.departmentId, workspaceId: conversation.workspaceId } });
    if (!department) throw new KefuError('NOT_FOUND', 'No department with this id is in the workspace; list them with the departments query.');
  }
  const hours = conversation.workspace.businessHours;
  if (!isWithinBusinessHours(hours, new Date())) {
    await postOfflineReply(deps, conversation, ['NONE', 'WAITING'], 'OUT_OF_HOURS', businessHoursSchema.parse(hours).outOfHoursReply);
    return;
  }
  const joined = await updateConversationWhere(
    deps.sql,
    { id: conversation.id, assigneeId: null, queueState: ['NONE', 'OFFLINE'] },
    {
      queueState: 'WAITING',
      queuedAt: new Date(),
      ...(data.departmentId ? { departmentId: data.departmentId } : {}),
      ...(data.skills ? { skills: data.skills } : {}),
      ...(data.language ? { language: data.language } : {}),
    },
  );
  if (joined) await pingQueue(deps, conversation.workspaceId, conversation.id);
  await drainQueue(deps, conversation.workspaceId);
  // Only the process whose update made it wait tells the team, once per queue join.
  if (joined && !(await isAnyAgentOnline(deps, conversation.workspaceId))) notifyWaitingVisitor(deps, conversation);
}

async function isAnyAgentOnline(deps: Pick<Deps, 'db'>, workspaceId: string): Promise<boolean> {
  return (await deps.db.agent.count({ where: { workspaceId, presence: 'ONLINE', deactivatedAt: null } })) > 0;
}

/**
 * A conversation that needs a person and has none: a new one when the bot does not answer first
 * (startConversation), or one an agent wrote in that nobody has (answer-visitor-message.ts).
 * Routed unless the workspace's agents pick conversations themselves (routeOnStart off).
 */
export async function routeNewConversation(deps: Deps, conversation: { id: string; workspaceId: string }): Promise<void> {
  const workspace = await deps.db.workspace.findUniqueOrThrow({ where: { id: conversation.workspaceId }, select: { routeOnStart: true } });
  if (workspace.routeOnStart) await enterRouting(deps, conversation.id);
}
