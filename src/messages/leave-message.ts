// The leave-a-message form, as its own record: a LEFT_MESSAGE event (name and email in data) that
// the bot never answers (it only answers TEXT), marks the conversation (leftMessageAt, shown in the
// console's queue and conversation) and emails the team. The visitor's profile keeps the email
// and name. Idempotent on clientMessageId, like sendMessage.
import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { Conversation, Message } from '../storage/models.ts';
import { appendEvents } from '../conversation-log/append-event.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { messageBodySchema, parseMessageInput } from '../conversation-log/message-body.ts';
import { publishEvents } from '../conversation-log/publish-event.ts';
import { notifyLeftMessage } from '../email/notify-left-message.ts';
import { pluginHooks } from '../plugins/run-hooks.ts';
import { callerKey } from '../rate-limits.ts';
import { replyTimerChange } from '../routing/assignment/reply-timer.ts';
import { isUniqueViolation } from '../storage/prisma-errors.ts';
import { findMessageByClientId } from '../storage/sql/message.ts';
import { clientMessageIdSchema } from './send-message.ts';

export async function leaveMessage(deps: Deps, principal: Principal | null, input: unknown): Promise<{ message: Message; conversation: Conversation | null; isDuplicate: boolean }> {
  if (principal?.kind !== 'visitor') throw new KefuError('FORBIDDEN', 'Only visitors leave messages; staff answer with sendMessage or open a ticket with createTicket.');
  const data = parseMessageInput(
    z.object({
      conversationId: z.string().min(1).max(100),
      name: z.string().trim().min(1).max(deps.config.limits.textMaxLength).optional(),
      email: z.string().trim().email('Give an email address such as name@example.com, so we can reply').max(200),
      message: messageBodySchema(deps.config.limits.messageMaxBytes),
      clientMessageId: clientMessageIdSchema,
    }),
    input,
    deps.config.limits.messageMaxBytes,
  );
  const replay = async () => {
    const existing = await findMessageByClientId(deps.sql, data.conversationId, data.clientMessageId);
    if (!existing || existing.workspaceId !== principal.workspaceId) return null;
    if (existing.authorVisitorId !== principal.id || existing.kind !== 'LEFT_MESSAGE') throw new KefuError('CONFLICT', 'This clientMessageId was already used in this conversation; generate a new one.');
    return { message: existing, conversation: null, isDuplicate: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  await deps.limiter.take('sends', callerKey(principal));
  const conversation = await findAccessibleConversation(deps, principal, data.conversationId);
  if (conversation.status === 'CLOSED') throw new KefuError('CONVERSATION_CLOSED', 'This conversation is closed; start a new one to leave a message.');
  const screened = await pluginHooks.beforeStore(deps, conversation, { body: data.message, authorType: 'VISITOR', internal: false });
  await deps.db.visitor.update({ where: { id: principal.id }, data: { email: data.email, ...(data.name ? { name: data.name } : {}) } });
  const now = new Date();
  try {
    const [appended] = await appendEvents(
      deps,
      [{ workspaceId: principal.workspaceId, conversationId: conversation.id, kind: 'LEFT_MESSAGE', authorType: 'VISITOR', authorVisitorId: principal.id, body: screened.body, clientMessageId: data.clientMessageId, data: { name: data.name ?? null, email: data.email }, replyTimer: replyTimerChange({ authorType: 'VISITOR', authorAgentId: null, internal: false }) }],
      { leftMessageAt: now, snoozedUntil: null, ...(conversation.status === 'OPEN' ? {} : { status: 'OPEN', resolvedAt: null }) },
    );
    await publishEvents(deps, [appended!]);
    screened.stored(appended!.message);
    notifyLeftMessage(deps, { workspaceId: principal.workspaceId, conversationId: conversation.id, name: data.name ?? null, email: data.email, message: screened.body });
    return { message: appended!.message, conversation: appended!.conversation, isDuplicate: false };
  } catch (error) {
    const raced = isUniqueViolation(error) ? await replay() : null;
    if (raced) return raced;
    throw error;
  }
}
