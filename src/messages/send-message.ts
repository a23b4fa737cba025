// The use case of every chat message (widget, agent, integration): check it, dedupe it, store it
// with the next seq in the conversation log and fan it out, then let routing (reply timer) and the
// bot react. It sits above the log, routing and the bot, and none of them imports it
// (docs/architecture.md).
import { z } from 'zod';
import { canAccessConversation, isStaff, requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { Message } from '../storage/models.ts';
import { isUniqueViolation } from '../storage/prisma-errors.ts';
import { answerInBackground } from '../bot/reply/answer-visitor-message.ts';
import { replyTimerChange } from '../routing/assignment/reply-timer.ts';
import { inSpan } from '../tracing/in-span.ts';
import { appendEventIfAllowed, appendEvents, type AppendDecision, type AppendedEvent, type NewEvent } from '../conversation-log/append-event.ts';
import { authorOf } from '../conversation-log/author-of.ts';
import { messageBodySchema, parseMessageInput } from '../conversation-log/message-body.ts';
import { conversationNotVisible } from '../conversation-log/find-accessible-conversation.ts';
import { findConversationForSend, type ConversationForSend } from '../storage/sql/conversation.ts';
import { publishEvents, republishEvent } from '../conversation-log/publish-event.ts';
import { findMessageByClientId } from '../storage/sql/message.ts';
import { callerKey } from '../rate-limits.ts';
import { pluginHooks } from '../plugins/run-hooks.ts';
import { formSubmissionInputSchema, postbackInputSchema, richContentInputSchema } from '../rich-messages/rich-content.ts';
import { prepareRichData } from '../rich-messages/prepare-rich-data.ts';
import { claimAttachments, releaseAttachments } from '../attachments/claim-attachments.ts';
import { newRowId } from '../storage/sql/new-row-id.ts';

export const clientMessageIdSchema = z
  .string()
  .min(8, 'clientMessageId must be 8–100 characters; a UUID is ideal')
  .max(100, 'clientMessageId must be 8–100 characters; a UUID is ideal')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'clientMessageId may contain letters, digits and _ . : - only');

function isSameAuthor(message: Message, principal: Principal): boolean {
  const author = authorOf(principal);
  return message.authorAgentId === (author.authorAgentId ?? null) && message.authorVisitorId === (author.authorVisitorId ?? null) && message.authorApiKeyId === (author.authorApiKeyId ?? null);
}

/**
 * Stores a message with the next seq and publishes it. Idempotent on (conversation,
 * clientMessageId): a retry returns the original and emits nothing, also when it races the
 * original in another process (the unique index decides). A retry counts against the sends limit
 * like any send; `isSendCounted` says the caller (startConversation) already took the slot.
 */
export async function sendMessage(deps: Deps, principal: Principal | null, input: unknown, options: { isSendCounted?: boolean } = {}): Promise<{ message: Message; isDuplicate: boolean }> {
  const caller = requirePrincipal(principal);
  const data = parseSendInput(deps, input);
  if (data.internal && !isStaff(caller)) throw new KefuError('FORBIDDEN', `${caller.kind === 'visitor' ? 'Visitors' : 'BOT API keys'} cannot write internal notes; send without internal: true.`);

  const replay = async (): Promise<{ message: Message; isDuplicate: boolean } | null> => {
    const existing = await findMessageByClientId(deps.sql, data.conversationId, data.clientMessageId);
    if (!existing || existing.workspaceId !== caller.workspaceId) return null;
    if (!isSameAuthor(existing, caller)) throw new KefuError('CONFLICT', 'This clientMessageId was already used by someone else in this conversation; generate a new one.');
    deps.metrics.dedupeHits.inc();
    await republishEvent(deps, existing);
    return { message: existing, isDuplicate: true };
  };
  const refused = async (refusal: SendRefusal) => {
    if (refusal === 'NOT_FOUND') throw conversationNotVisible();
    // A retry after the conversation closed still gets its original.
    const earlier = await replay();
    if (earlier) return earlier;
    throw new KefuError('CONVERSATION_CLOSED', 'This conversation is closed; reopen it with updateConversation(status: OPEN) before sending.');
  };
  // A retry is found by the unique index on (conversation, clientMessageId) when its insert fails,
  // not by a read before every send.
  if (!options.isSendCounted) await deps.limiter.take('sends', callerKey(caller));
  const author = authorOf(caller);
  const messageId = newRowId();
  const eventOf = (body: string, extra: Pick<NewEvent, 'data' | 'searchExtra'> = {}): NewEvent => ({
    id: messageId,
    workspaceId: caller.workspaceId,
    conversationId: data.conversationId,
    kind: 'TEXT',
    ...author,
    body,
    internal: data.internal,
    clientMessageId: data.clientMessageId,
    replyTimer: replyTimerChange({ authorType: author.authorType, authorAgentId: author.authorAgentId ?? null, internal: data.internal }),
    ...extra,
  });
  const store = <T>(append: () => Promise<T>) => inSpan('kefu.message.store', { 'kefu.conversation_id': data.conversationId }, append);
  const isUniqueViolationReplayed = async (error: unknown) => (isUniqueViolation(error) ? replay() : null);

  // Plain text (most messages): the conversation is read and checked in the append's own
  // transaction. Anything that must look at the conversation first (rich content, files, a
  // plugin's beforeStore) reads and checks it before.
  const isPlainText = !data.rich && !data.postback && !data.formSubmission && data.attachmentIds.length === 0 && !pluginHooks.isHooked(deps, 'beforeStore');
  if (isPlainText) {
    let outcome: AppendedEvent | { refusal: SendRefusal };
    try {
      outcome = await store(() => appendEventIfAllowed(deps, eventOf(data.body), (conversation) => decideSend(caller, conversation)));
    } catch (error) {
      const raced = await isUniqueViolationReplayed(error);
      if (raced) return raced;
      throw error;
    }
    if ('refusal' in outcome) return refused(outcome.refusal);
    return published(deps, outcome, (message) => pluginHooks.afterStore(deps, outcome.conversation, message));
  }

  const conversation = await findConversationForSend(deps.sql, data.conversationId, caller.workspaceId);
  const decision = decideSend(caller, conversation);
  if ('refusal' in decision) return refused(decision.refusal);
  const richData = await prepareRichData(deps, caller, data.conversationId, data);
  const screened = await pluginHooks.beforeStore(deps, conversation!, { body: data.body, authorType: author.authorType, internal: data.internal });
  // A retry of a message with files finds its original before claiming: the files are claimed by it.
  if (data.attachmentIds.length > 0) {
    const earlier = await replay();
    if (earlier) return earlier;
  }
  const attachments = await claimAttachments(deps, caller, data.conversationId, data.attachmentIds, messageId);
  try {
    const extra = {
      ...(richData || attachments.length > 0 ? { data: { ...richData, ...(attachments.length > 0 ? { attachments } : {}) } as never } : {}),
      ...(attachments.length > 0 ? { searchExtra: attachments.map((a) => a.fileName).join(' ') } : {}),
    };
    const [appended] = await store(() => appendEvents(deps, [eventOf(screened.body, extra)], decision.changes));
    return published(deps, appended!, screened.stored);
  } catch (error) {
    if (attachments.length > 0) await releaseAttachments(deps, messageId);
    const raced = await isUniqueViolationReplayed(error);
    if (raced) return raced;
    throw error;
  }
}

type SendRefusal = 'NOT_FOUND' | 'CLOSED';

/** Whether the caller may send to the conversation as it is now, and what sending changes in it. */
function decideSend(caller: Principal, conversation: ConversationForSend | null): AppendDecision<SendRefusal> {
  if (!conversation || !canAccessConversation(caller, conversation)) return { refusal: 'NOT_FOUND' };
  if (conversation.status === 'CLOSED') return { refusal: 'CLOSED' };
  // A visitor who writes reopens a resolved or pending conversation, and brings a snoozed one back
  // to the inbox (src/tickets/snooze-conversation.ts).
  const isVisitor = caller.kind === 'visitor';
  return {
    changes: {
      ...(isVisitor && conversation.status !== 'OPEN' ? { status: 'OPEN' as const, resolvedAt: null } : {}),
      ...(isVisitor && conversation.snoozedUntil ? { snoozedUntil: null } : {}),
    },
  };
}

/** After the commit: fan the message out, let the bot answer words, run the plugins' afterStore. */
async function published(deps: Deps, appended: AppendedEvent, stored: (message: Message) => void): Promise<{ message: Message; isDuplicate: boolean }> {
  const { message, conversation } = appended;
  await inSpan('kefu.message.publish', { 'kefu.conversation_id': message.conversationId, 'kefu.seq': message.seq }, () => publishEvents(deps, [appended]));
  // A file without words is for a person; the bot has nothing to match.
  if (message.body.trim() !== '') answerInBackground(deps, message, conversation);
  stored(message);
  return { message, isDuplicate: false };
}

const sendInputSchema = (maxBytes: number) =>
  z.object({
    conversationId: z.string().min(1).max(100),
    body: messageBodySchema(maxBytes).default(''),
    clientMessageId: clientMessageIdSchema,
    internal: z.boolean().default(false),
    rich: richContentInputSchema.nullish(),
    postback: postbackInputSchema.nullish(),
    formSubmission: formSubmissionInputSchema.nullish(),
    attachmentIds: z.array(z.string().min(1).max(100)).max(20, 'A message may carry at most 20 attachments').default([]),
  }).refine((m) => m.body.trim().length > 0 || m.attachmentIds.length > 0, { message: 'The message is empty; type something or attach a file to send', path: ['body'] });

// Built once per size limit: building a zod schema costs more than using it, on every send.
const sendInputSchemas = new Map<number, ReturnType<typeof sendInputSchema>>();

/** The send's input checked: MESSAGE_TOO_LARGE for a body over the limit, else BAD_USER_INPUT naming each field. */
export function parseSendInput(deps: Deps, input: unknown) {
  const maxBytes = deps.config.limits.messageMaxBytes;
  let schema = sendInputSchemas.get(maxBytes);
  if (!schema) sendInputSchemas.set(maxBytes, (schema = sendInputSchema(maxBytes)));
  return parseMessageInput(schema, input, maxBytes);
}
