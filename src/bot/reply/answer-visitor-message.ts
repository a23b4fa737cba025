// The bot's turn after a visitor message is stored: while no person has the conversation
// (agent-bots/find-answering-bot.ts) the built-in bot answers, as a BOT message with the next seq
// whose data carries the BotResult, unless an agent bot answers there instead; a handoff enters
// routing (queue or an agent at once), and so does a message where an agent wrote but nobody has
// the conversation. A conversation's turns run one after another in the order
// their messages were stored (in each process), so every turn sees what the one before it said.
import type { Message } from '../../storage/models.ts';
import { readBotConversation } from '../../storage/sql/message.ts';
import { readVisitorLocale } from '../../storage/sql/conversation.ts';
import { findAnsweringBot, isBotTurn, type ConversationRouting } from '../../agent-bots/find-answering-bot.ts';
import { notifyAgentBot } from '../../agent-bots/notify-agent-bot.ts';
import { quickRepliesOf } from '../../rich-messages/rich-content.ts';
import type { Deps } from '../../deps.ts';
import { appendEvents } from '../../conversation-log/append-event.ts';
import { publishEvents } from '../../conversation-log/publish-event.ts';
import { pluginHooks } from '../../plugins/run-hooks.ts';
import { enterRouting, routeNewConversation } from '../../routing/queue/enter-routing.ts';
import { isFallback, readBotResult } from './bot-result.ts';
import { answerKeyOf, decideBotReply, type BotReply, type ConversationContext } from './decide-bot-reply.ts';
import { localeLanguage } from './choose-reply-language.ts';

const HISTORY = 20;

/**
 * What the bot has said so far in this conversation, read from its last messages. Before its first
 * reply the conversation's language is the visitor's locale: a zh-CN visitor who opens with "？"
 * or an order number is answered in Chinese.
 */
async function readConversationContext(deps: Pick<Deps, 'sql'>, conversationId: string): Promise<ConversationContext> {
  const recent = await readBotConversation(deps.sql, conversationId, HISTORY);
  const bots = recent.filter((m) => m.authorType === 'BOT').map((m) => ({ result: readBotResult(m.data), language: (m.data as { language?: 'zh' | 'en' } | null)?.language ?? null }));
  let fallbacksInARow = 0;
  for (let i = 0; i < bots.length; i++) {
    const result = bots[i]!.result;
    // Small talk is not an answer to a question: it neither counts nor ends a run of fallbacks.
    if (result?.type === 'SMALL_TALK') continue;
    const olderKey = bots[i + 1]?.result ? answerKeyOf(bots[i + 1]!.result!) : null;
    // An answer identical to the one before it was sent as a fallback (decideBotReply).
    const isRepeat = result !== null && olderKey !== null && answerKeyOf(result) === olderKey;
    if (!result || !(isFallback(result) || isRepeat)) break;
    fallbacksInARow++;
  }
  const last = bots[0]?.result;
  return {
    fallbacksInARow,
    previousLanguage: bots.find((b) => b.language)?.language ?? localeLanguage(await readVisitorLocale(deps.sql, conversationId)),
    lastAnswerKey: last ? answerKeyOf(last) : null,
  };
}

export async function answerVisitorMessage(deps: Deps, message: Message): Promise<BotReply | null> {
  if (message.authorType !== 'VISITOR' || message.kind !== 'TEXT' || message.internal) return null;
  // Whose turn it is comes first, on or off: it is one prepared read, and when a person has the
  // conversation (the usual case) the agent bots are not looked up at all.
  const turn = await findAnsweringBot(deps, message.conversationId);
  if (!turn) return null;
  // A person wrote here before but nobody has it now: the visitor's message joins the queue (or
  // gets the out-of-hours reply) as a new conversation would, instead of waiting unseen.
  if (!turn.bot) {
    await routeNewConversation(deps, turn.conversation);
    return null;
  }
  if (turn.bot.kind === 'AGENT_BOT') {
    await notifyAgentBot(deps, turn.bot.agentBot, message);
    return null;
  }
  if (!deps.config.bot.enabled) return null;
  const conversation = turn.conversation;
  const [bot, context] = await Promise.all([deps.bot.forWorkspace(conversation.workspaceId), readConversationContext(deps, conversation.id)]);
  if (!bot.settings.enabled) return null;
  const reply = decideBotReply(bot, message.body, context);
  const body = await pluginHooks.beforeBotReply(deps, conversation, { body: reply.body, kind: reply.result.type, visitorMessage: message.body });
  if (body === null) return null;
  const appended = await appendEvents(deps, [
    {
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      kind: 'TEXT',
      authorType: 'BOT',
      body,
      data: { botResult: reply.result, language: reply.language, ...(reply.result.type === 'SUGGESTIONS' ? { rich: quickRepliesOf(reply.result.suggestions.map((s) => s.question)) } : {}) } as never,
    },
  ]);
  deps.metrics.botReplies.inc({ kind: reply.result.type });
  // The handoff takes effect before anyone sees it, so a message the visitor sends after reading
  // it already finds a person's turn; live streams fill the seq order from storage.
  try {
    if (reply.result.type === 'HANDOFF') await enterRouting(deps, conversation.id, { language: reply.language });
  } finally {
    await publishEvents(deps, appended);
  }
  return reply;
}

/** Each app's conversations with a bot turn running or waiting: the last turn of each. */
const lastTurns = new WeakMap<Deps, Map<string, Promise<void>>>();

/**
 * Runs the bot after the visitor's send has returned; failures are logged, never thrown at the
 * visitor. `storedIn` is the conversation as the message's append left it: a message stored while
 * a person had the conversation is not the bot's, whatever happens next (and needs no read).
 * A turn starts once the conversation's turn before it has ended: a burst of messages then gets
 * its replies in order, each counting the fallbacks before it, and nothing after a handoff.
 */
export function answerInBackground(deps: Deps, message: Message, storedIn: ConversationRouting): void {
  if (message.authorType !== 'VISITOR' || !isBotTurn(storedIn)) return;
  let turns = lastTurns.get(deps);
  if (!turns) lastTurns.set(deps, (turns = new Map()));
  const { conversationId } = message;
  const turn = (turns.get(conversationId) ?? Promise.resolve())
    .then(() => new Promise((resolve) => setImmediate(resolve)))
    .then(() => answerVisitorMessage(deps, message))
    .then(
      () => undefined,
      (error: unknown) => deps.log.error({ err: error, conversationId, seq: message.seq }, 'bot reply failed'),
    );
  turns.set(conversationId, turn);
  void turn.then(() => turns.get(conversationId) === turn && turns.delete(conversationId));
}
