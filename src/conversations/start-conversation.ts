import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { readBotSettings } from '../bot/settings/bot-settings.ts';
import { OPEN_STATUSES } from '../conversation-log/open-statuses.ts';
import { publishInboxChange } from '../conversation-log/publish-event.ts';
import { sendMessage } from '../messages/send-message.ts';
import { findAgentBotFor } from '../agent-bots/find-answering-bot.ts';
import { routeNewConversation } from '../routing/queue/enter-routing.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';
import { pluginHooks } from '../plugins/run-hooks.ts';
import { createConversation } from '../storage/sql/conversation.ts';
import { recordWorkspaceEvent } from '../workspace-events/record-workspace-event.ts';

/**
 * A visitor opens a conversation (a ticket). A visitor with an OPEN or PENDING conversation gets
 * that one back instead of a duplicate, unless `isNew` is forced. An optional first message is
 * sent with the usual idempotent send.
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
  // Both limits are taken before anything is stored: over either, nothing is created. Getting
  // back the open conversation creates nothing, so only a new one counts as started.
  if (data.firstMessage) await deps.limiter.take('sends', callerKey(principal));
  const existing = data.forceNew
    ? null
    : await deps.db.conversation.findFirst({
        where: { workspaceId: principal.workspaceId, visitorId: principal.id, status: { in: [...OPEN_STATUSES] } },
        orderBy: { lastMessageAt: 'desc' },
      });
  if (!existing) await deps.limiter.take('conversations', callerKey(principal));
  const conversation =
    existing ?? (await createConversation(deps.sql, { workspaceId: principal.workspaceId, visitorId: principal.id, subject: data.subject }));
  if (!existing) {
    await recordWorkspaceEvent(deps, { workspaceId: conversation.workspaceId, type: 'conversation.created', conversationId: conversation.id, visitorId: conversation.visitorId });
    await publishInboxChange(deps, 'CREATED', conversation);
    pluginHooks.conversationCreated(deps, conversation);
  }
  const first = data.firstMessage ? await sendMessage(deps, principal, { conversationId: conversation.id, ...data.firstMessage }, { isSendCounted: true }) : null;
  // Bot first: with the built-in bot on, or an agent bot for it, a conversation enters routing when the bot hands off.
  if (!existing && !(await readBotSettings(deps, principal.workspaceId)).enabled && !(await findAgentBotFor(deps, conversation))) await routeNewConversation(deps, conversation);
  const latest = !existing || (first && !first.isDuplicate) ? await deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } }) : conversation;
  return { conversation: latest, message: first?.message ?? null, isNew: !existing };
}
