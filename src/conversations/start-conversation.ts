import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { badInput, KefuError, type InputIssue } from '../errors.ts';
import { readBotSettings } from '../bot/settings/bot-settings.ts';
import { OPEN_STATUSES } from '../conversation-log/open-statuses.ts';
import { publishInboxChange } from '../conversation-log/publish-event.ts';
import { parseSendInput, sendMessage } from '../messages/send-message.ts';
import { findAgentBotFor } from '../agent-bots/find-answering-bot.ts';
import { routeNewConversation } from '../routing/queue/enter-routing.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';
import { pluginHooks } from '../plugins/run-hooks.ts';
import { createConversation, findOrCreateConversation, findVisitorConversation } from '../storage/sql/conversation.ts';
import { recordWorkspaceEvent } from '../workspace-events/record-workspace-event.ts';

/**
 * A visitor opens a conversation (a ticket). A visitor with an OPEN or PENDING conversation gets
 * that one back instead of a duplicate, unless `forceNew` is set; concurrent starts (a retry, a
 * double click, on any process) create one, and only that call runs the creation's side effects.
 * An optional first message is sent with the usual idempotent send.
 */
export async function startConversation(deps: Deps, principal: Principal | null, input: unknown) {
  if (principal?.kind !== 'visitor') throw new KefuError('FORBIDDEN', 'Only visitors start conversations; call startVisitorSession first and use its token.');
  const data = parseInput(
    z.object({
      subject: z.string().trim().min(1).max(deps.config.limits.textMaxLength).optional(),
      forceNew: z.boolean().default(false),
      firstMessage: z.object({ body: z.string(), clientMessageId: z.string() }).optional(),
    }),
    input,
  );
  // The first message is checked, and both limits taken, before anything is stored: a message the
  // send would refuse, or a call over either limit, creates nothing.
  if (data.firstMessage) checkFirstMessage(deps, data.firstMessage);
  const limitKey = callerKey(principal);
  if (data.firstMessage) await deps.limiter.take('sends', limitKey);
  const owner = { workspaceId: principal.workspaceId, visitorId: principal.id, subject: data.subject };
  const { conversation, isNew } = await findOrCreate(deps, owner, { isForcedNew: data.forceNew, limitKey });
  if (isNew) {
    await recordWorkspaceEvent(deps, { workspaceId: conversation.workspaceId, type: 'conversation.created', conversationId: conversation.id, visitorId: conversation.visitorId });
    await publishInboxChange(deps, 'CREATED', conversation);
    pluginHooks.conversationCreated(deps, conversation);
  }
  const first = data.firstMessage ? await sendMessage(deps, principal, { conversationId: conversation.id, ...data.firstMessage }, { isSendCounted: true }) : null;
  // Bot first: with the built-in bot on, or an agent bot for it, a conversation enters routing when the bot hands off.
  if (isNew && !(await readBotSettings(deps, principal.workspaceId)).enabled && !(await findAgentBotFor(deps, conversation))) await routeNewConversation(deps, conversation);
  const latest = isNew || (first && !first.isDuplicate) ? await deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } }) : conversation;
  return { conversation: latest, message: first?.message ?? null, isNew };
}

/** Refuses a first message as the send would, with paths under `firstMessage` (the send's own said `body`). */
function checkFirstMessage(deps: Deps, firstMessage: { body: string; clientMessageId: string }): void {
  try {
    parseSendInput(deps, { conversationId: 'new', ...firstMessage });
  } catch (error) {
    if (!(error instanceof KefuError) || error.code !== 'BAD_USER_INPUT') throw error;
    const issues = (error.extensions.issues as InputIssue[]).map((issue) => ({ ...issue, path: issue.path ? `firstMessage.${issue.path}` : 'firstMessage' }));
    throw badInput(issues);
  }
}

/**
 * The visitor's open conversation, or a new one. Getting back the open one creates nothing, so
 * only a new one counts against the conversations limit: the read before it spares most starts
 * the slot, and one that lost a race to a concurrent start of the same visitor gives it back.
 */
async function findOrCreate(deps: Deps, owner: { workspaceId: string; visitorId: string; subject?: string }, options: { isForcedNew: boolean; limitKey: string }) {
  const open = options.isForcedNew ? null : await findVisitorConversation(deps.sql, owner, OPEN_STATUSES);
  if (open) return { conversation: open, isNew: false };
  await deps.limiter.take('conversations', options.limitKey);
  if (options.isForcedNew) return { conversation: await createConversation(deps.sql, owner), isNew: true };
  const found = await findOrCreateConversation(deps.sql, owner, OPEN_STATUSES);
  if (!found.isNew) await deps.limiter.store('conversations').reward(options.limitKey);
  return found;
}
