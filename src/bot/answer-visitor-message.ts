// The bot's turn after a visitor message is stored: it answers while no person has the
// conversation (not assigned, not waiting in the queue, no agent has written in it, not left as
// a message after the leave-a-message form), as a BOT message with the next seq whose data
// carries the BotResult; a handoff enters routing (queue or an agent at once).
import type { Deps } from '../deps.ts';
import { appendEvents } from '../messages/append-event.ts';
import { publishEvents } from '../messages/publish-event.ts';
import { enterRouting } from '../routing/enter-routing.ts';
import type { Message } from '../storage/models.ts';
import { readConversationRouting } from '../storage/sql/conversation.ts';
import { hasVisibleAgentMessage, readBotConversation } from '../storage/sql/message.ts';
import { isFallback, readBotResult } from './bot-result.ts';
import { answerKeyOf, decideBotReply, type BotReply, type ConversationContext } from './decide-bot-reply.ts';

const HISTORY = 20;

/** What the bot said before in this conversation, read from its last messages. */
async function readConversationContext(deps: Pick<Deps, 'sql'>, conversationId: string, beforeSeq: number): Promise<ConversationContext & { hasAgentReplied: boolean }> {
  const [recent, hasAgentReplied] = await Promise.all([readBotConversation(deps.sql, conversationId, beforeSeq, HISTORY), hasVisibleAgentMessage(deps.sql, conversationId)]);
  const bots = recent.filter((m) => m.authorType === 'BOT').map((m) => ({ result: readBotResult(m.data), language: (m.data as { language?: 'zh' | 'en' } | null)?.language ?? null }));
  let fallbacksInARow = 0;
  for (let i = 0; i < bots.length; i++) {
    const result = bots[i]!.result;
    const olderKey = bots[i + 1]?.result ? answerKeyOf(bots[i + 1]!.result!) : null;
    // An answer identical to the one before it was sent as a fallback (decideBotReply).
    const isRepeat = result !== null && olderKey !== null && answerKeyOf(result) === olderKey;
    if (!result || !(isFallback(result) || isRepeat)) break;
    fallbacksInARow++;
  }
  const last = bots[0]?.result;
  return {
    fallbacksInARow,
    previousLanguage: bots.find((b) => b.language)?.language ?? null,
    lastAnswerKey: last ? answerKeyOf(last) : null,
    hasAgentReplied,
  };
}

export async function answerVisitorMessage(deps: Deps, message: Message): Promise<BotReply | null> {
  if (!deps.config.bot.enabled || message.authorType !== 'VISITOR' || message.kind !== 'TEXT' || message.internal) return null;
  const conversation = await readConversationRouting(deps.sql, message.conversationId);
  if (!conversation) return null;
  // WAITING: a person is coming; OFFLINE: the visitor got the leave-a-message form, so this is the message they leave.
  if (conversation.assigneeId || conversation.queueState === 'WAITING' || conversation.queueState === 'OFFLINE' || !['OPEN', 'PENDING'].includes(conversation.status)) return null;
  const [bot, context] = await Promise.all([deps.bot.forWorkspace(conversation.workspaceId), readConversationContext(deps, conversation.id, message.seq)]);
  if (!bot.settings.enabled || context.hasAgentReplied) return null;
  const reply = decideBotReply(bot, message.body, context);
  const appended = await appendEvents(deps, [
    {
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      kind: 'TEXT',
      authorType: 'BOT',
      body: reply.body,
      data: { botResult: reply.result, language: reply.language } as never,
    },
  ]);
  await publishEvents(deps, appended);
  deps.metrics.botReplies.inc({ kind: reply.result.type });
  if (reply.result.type === 'HANDOFF') await enterRouting(deps, conversation.id, { language: reply.language });
  return reply;
}

/** Runs the bot after the visitor's send has returned; failures are logged, never thrown at the visitor. */
export function answerInBackground(deps: Deps, message: Message): void {
  if (!deps.config.bot.enabled || message.authorType !== 'VISITOR') return;
  setImmediate(() => {
    answerVisitorMessage(deps, message).catch((error: unknown) =>
      deps.log.error({ err: error, conversationId: message.conversationId, seq: message.seq }, 'bot reply failed'),
    );
  });
}
