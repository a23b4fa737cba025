// The use case of every chat message (widget, agent, integration): check it, dedupe it, store it
// with the next seq in the conversation log and fan it out, then let routing (reply timer) and the
// bot react. It sits above the log, routing and the bot, and none of them imports it
// (docs/architecture.md).
import { z } from 'zod';
import { isStaff, requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { formatBytes, KefuError } from '../errors.ts';
import type { Message } from '../storage/models.ts';
import { isUniqueViolation } from '../storage/prisma-errors.ts';
import { answerInBackground } from '../bot/reply/answer-visitor-message.ts';
import { replyTimerChange } from '../routing/assignment/reply-timer.ts';
import { inSpan } from '../tracing/in-span.ts';
import { badInputOf } from '../validation.ts';
import { appendEvents } from '../conversation-log/append-event.ts';
import { authorOf } from '../conversation-log/author-of.ts';
import { findAccessibleConversationForSend } from '../conversation-log/find-accessible-conversation.ts';
import { publishEvents } from '../conversation-log/publish-event.ts';
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

export function messageBodySchema(maxBytes: number) {
  return z
    .string()
    .superRefine((body, ctx) => {
      const bytes = Buffer.byteLength(body);
      if (bytes > maxBytes) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Message is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}.`, params: { tooLarge: true } });
    });
}

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
  const data = parseInputWithSizeCode(deps, input);
  if (data.internal && !isStaff(caller)) throw new KefuError('FORBIDDEN', 'Visitors cannot write internal notes; send without internal: true.');

  const replay = async (): Promise<{ message: Message; isDuplicate: boolean } | null> => {
    const existing = await findMessageByClientId(deps.sql, data.conversationId, data.clientMessageId);
    if (!existing || existing.workspaceId !== caller.workspaceId) return null;
    if (!isSameAuthor(existing, caller)) throw new KefuError('CONFLICT', 'This clientMessageId was already used by someone else in this conversation; generate a new one.');
    deps.metrics.dedupeHits.inc();
    return { message: existing, isDuplicate: true };
  };
  // A retry is found by the unique index on (conversation, clientMessageId) when its insert fails,
  // not by a read before every send; a retry after the conversation closed still gets its original.
  if (!options.isSendCounted) await deps.limiter.take('sends', callerKey(caller));
  const conversation = await findAccessibleConversationForSend(deps, caller, data.conversationId);
  if (conversation.status === 'CLOSED') {
    const earlier = await replay();
    if (earlier) return earlier;
    throw new KefuError('CONVERSATION_CLOSED', 'This conversation is closed; reopen it with updateConversation(status: OPEN) before sending.');
  }

  const richData = await prepareRichData(deps, caller, conversation.id, data);
  const screened = await pluginHooks.beforeStore(deps, conversation, { body: data.body, authorType: authorOf(caller).authorType, internal: data.internal });
  const reopen = caller.kind === 'visitor' && conversation.status !== 'OPEN' ? { status: 'OPEN' as const, resolvedAt: null } : {};
  const author = authorOf(caller);
  // A visitor who writes brings a snoozed conversation back to the inbox (src/tickets/snooze-conversation.ts).
  const wake = caller.kind === 'visitor' && conversation.snoozedUntil ? { snoozedUntil: null } : {};
  // A retry of a message with files finds its original before claiming: the files are claimed by it.
  if (data.attachmentIds.length > 0) {
    const earlier = await replay();
    if (earlier) return earlier;
  }
  const messageId = newRowId();
  const attachments = await claimAttachments(deps, caller, conversation.id, data.attachmentIds, messageId);
  try {
    const appended = await inSpan('kefu.message.store', { 'kefu.conversation_id': conversation.id }, () =>
      appendEvents(
        deps,
        [
          {
            id: messageId,
            workspaceId: caller.workspaceId,
            conversationId: conversation.id,
            kind: 'TEXT',
            ...author,
            body: screened.body,
            internal: data.internal,
            clientMessageId: data.clientMessageId,
            ...(richData || attachments.length > 0 ? { data: { ...richData, ...(attachments.length > 0 ? { attachments } : {}) } as never } : {}),
            ...(attachments.length > 0 ? { searchExtra: attachments.map((a) => a.fileName).join(' ') } : {}),
            replyTimer: replyTimerChange({ authorType: author.authorType, authorAgentId: author.authorAgentId ?? null, internal: data.internal }),
          },
        ],
        { ...reopen, ...wake },
      ),
    );
    await inSpan('kefu.message.publish', { 'kefu.conversation_id': conversation.id, 'kefu.seq': appended[0]!.message.seq }, () => publishEvents(deps, appended));
    // A file without words is for a person; the bot has nothing to match.
    if (screened.body.trim() !== '') answerInBackground(deps, appended[0]!.message);
    screened.stored(appended[0]!.message);
    return { message: appended[0]!.message, isDuplicate: false };
  } catch (error) {
    if (attachments.length > 0) await releaseAttachments(deps, messageId);
    if (isUniqueViolation(error)) {
      const raced = await replay();
      if (raced) return raced;
    }
    throw error;
  }
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

function parseInputWithSizeCode(deps: Deps, input: unknown) {
  const maxBytes = deps.config.limits.messageMaxBytes;
  let schema = sendInputSchemas.get(maxBytes);
  if (!schema) sendInputSchemas.set(maxBytes, (schema = sendInputSchema(maxBytes)));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const tooLarge = result.error.issues.find((i) => i.code === 'custom' && (i.params as { tooLarge?: boolean } | undefined)?.tooLarge);
  if (tooLarge) throw new KefuError('MESSAGE_TOO_LARGE', tooLarge.message, { maxBytes: deps.config.limits.messageMaxBytes });
  throw badInputOf(result.error);
}
