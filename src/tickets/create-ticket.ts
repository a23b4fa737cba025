// Staff and ADMIN API keys open a conversation (a ticket) for a customer: an existing visitor, or
// an email address (the workspace's visitor with that email, created when there is none). It gets
// the workspace's next number like every conversation, and optionally a first message (to the
// customer, or an internal note), a priority, a department and an assignee.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { publishInboxChange } from '../conversation-log/publish-event.ts';
import { assignConversation } from '../conversations/assign-conversation.ts';
import { sendMessage } from '../messages/send-message.ts';
import { pluginHooks } from '../plugins/run-hooks.ts';
import { callerKey } from '../rate-limits.ts';
import { createConversation, updateConversationWhere } from '../storage/sql/conversation.ts';
import { parseInput } from '../validation.ts';

function ticketInputSchema(textMaxLength: number) {
  return z
    .object({
      visitorId: z.string().min(1).max(100).optional(),
      email: z.string().trim().email('Give an email address such as name@example.com').max(200).optional(),
      name: z.string().trim().min(1).max(textMaxLength).optional(),
      subject: z.string().trim().min(1, 'Give the ticket a subject').max(textMaxLength),
      message: z.string().trim().min(1).optional(),
      isInternal: z.boolean().default(false),
      priority: z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']).optional(),
      departmentId: z.string().min(1).max(100).optional(),
      assigneeId: z.string().min(1).max(100).optional(),
    })
    .refine((t) => Boolean(t.visitorId) !== Boolean(t.email), { message: 'Pass exactly one of visitorId (an existing visitor) or email (found or created)', path: ['visitorId'] });
}

export async function createTicket(deps: Deps, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  const data = parseInput(ticketInputSchema(deps.config.limits.textMaxLength), input);
  await deps.limiter.take('creates', callerKey(staff));
  if (data.departmentId && !(await deps.db.department.findFirst({ where: { id: data.departmentId, workspaceId: staff.workspaceId }, select: { id: true } }))) {
    throw new KefuError('NOT_FOUND', 'No department with this id is in the workspace; list them with the departments query.');
  }
  const visitorId = data.visitorId ? await findVisitor(deps, staff.workspaceId, data.visitorId) : await findOrCreateVisitorByEmail(deps, staff.workspaceId, data.email!, data.name);
  let conversation = await createConversation(deps.sql, { workspaceId: staff.workspaceId, visitorId, subject: data.subject });
  if (data.priority || data.departmentId) {
    conversation = (await updateConversationWhere(deps.sql, { id: conversation.id }, { ...(data.priority ? { priority: data.priority } : {}), ...(data.departmentId ? { departmentId: data.departmentId } : {}) }))!;
  }
  await publishInboxChange(deps, 'CREATED', conversation);
  pluginHooks.conversationCreated(deps, conversation);
  if (data.assigneeId) await assignConversation(deps, staff, { conversationId: conversation.id, agentId: data.assigneeId });
  if (data.message) await sendMessage(deps, staff, { conversationId: conversation.id, body: data.message, clientMessageId: randomUUID(), internal: data.isInternal });
  return deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
}

async function findVisitor(deps: Pick<Deps, 'db'>, workspaceId: string, visitorId: string): Promise<string> {
  const visitor = await deps.db.visitor.findFirst({ where: { id: visitorId, workspaceId }, select: { id: true } });
  if (!visitor) throw new KefuError('NOT_FOUND', 'No visitor with this id is in your workspace; pass email instead to open a ticket for a new customer.');
  return visitor.id;
}

/** The most recently seen visitor with this email, or a new one with it. */
async function findOrCreateVisitorByEmail(deps: Pick<Deps, 'db'>, workspaceId: string, email: string, name: string | undefined): Promise<string> {
  const existing = await deps.db.visitor.findFirst({ where: { workspaceId, email }, orderBy: { lastSeenAt: 'desc' }, select: { id: true } });
  if (existing) return existing.id;
  const created = await deps.db.visitor.create({ data: { workspaceId, email, name: name ?? null }, select: { id: true } });
  return created.id;
}
