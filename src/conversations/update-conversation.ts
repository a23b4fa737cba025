import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { appendEvents, type NewEvent } from '../messages/append-event.ts';
import { publishEvents } from '../messages/publish-event.ts';
import { authorOf } from '../messages/send-message.ts';
import { KefuError } from '../errors.ts';
import { drainQueue } from '../routing/drain-queue.ts';
import { parseInput } from '../validation.ts';
import { findAccessibleConversation } from './find-accessible-conversation.ts';
import { updateConversationWhere } from '../storage/sql/conversation.ts';

const STATUS_TEXT = { OPEN: 'reopened', PENDING: 'set to pending', RESOLVED: 'resolved', CLOSED: 'closed' } as const;

/** Changes status, priority or subject; status and priority changes are stored as events with a seq. */
export async function updateConversation(deps: Deps, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  const data = parseInput(
    z.object({
      conversationId: z.string().min(1).max(100),
      status: z.enum(['OPEN', 'PENDING', 'RESOLVED', 'CLOSED']).optional(),
      priority: z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']).optional(),
      subject: z.string().trim().max(deps.config.limits.textMaxLength).nullable().optional(),
    }),
    input,
  );
  const conversation = await findAccessibleConversation(deps, staff, data.conversationId);
  const base = { workspaceId: staff.workspaceId, conversationId: conversation.id, ...authorOf(staff) };
  const events: NewEvent[] = [];
  if (data.status && data.status !== conversation.status) {
    events.push({ ...base, kind: 'STATUS_CHANGED', body: `Conversation ${STATUS_TEXT[data.status]}`, data: { from: conversation.status, to: data.status } });
  }
  if (data.priority && data.priority !== conversation.priority) {
    events.push({ ...base, kind: 'PRIORITY_CHANGED', body: `Priority set to ${data.priority.toLowerCase()}`, internal: true, data: { from: conversation.priority, to: data.priority } });
  }
  const changes = {
    ...(data.status ? { status: data.status, resolvedAt: data.status === 'RESOLVED' ? new Date() : null } : {}),
    ...(data.priority ? { priority: data.priority } : {}),
    ...(data.subject !== undefined ? { subject: data.subject } : {}),
  };
  if (events.length === 0) {
    const updated = await updateConversationWhere(deps.sql, { id: conversation.id }, changes);
    if (!updated) throw new KefuError('NOT_FOUND', 'No conversation with this id is visible to you.');
    return updated;
  }
  const appended = await appendEvents(deps, events, changes);
  await publishEvents(deps, appended, 'UPDATED');
  // Resolving or closing frees a slot of the assignee: serve the queue.
  if (conversation.assigneeId && (data.status === 'RESOLVED' || data.status === 'CLOSED')) await drainQueue(deps, staff.workspaceId);
  return appended.at(-1)!.conversation;
}
