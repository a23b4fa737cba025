// The bot's turn after a visitor message is stored: it answers while no person has the
// conversation (not assigned, not waiting in the queue), as a BOT message with the next seq whose
// data carries the BotResult; a handoff enters routing (queue or an agent at once).
import type { Deps } from '../deps.ts';
import { appendEvents } from '../messages/append-event.ts';
import { publishEvents } from '../messages/publish-event.ts';
import { enterRouting } from '../routing/enter-routing.ts';
import type { Conversation, Message } from '../storage/generated/sqlite/index.js';
import { decodeRow } from '../storage/sql/model-columns.ts';
import { sql } from '../storage/sql/sql-store.ts';
import { isFallback, readBotResult } from './bot-result.ts';
import { decideBotReply, type BotReply } from './decide-bot-reply.ts';

/** Bot messages since the last visitor-independent event, newest first, to count fallbacks in a row. */
async function countFallbacksInARow(deps: Pick<Deps, 'sql'>, conversationId: string, beforeSeq: number): Promise<number> {
  const rows = await deps.sql.all(
    sql`SELECT "authorType", "data" FROM "Message" WHERE "conversationId" = ${conversationId} AND "seq" < ${beforeSeq} AND "authorType" IN ('BOT', 'AGENT') ORDER BY "seq" DESC LIMIT 10`,
  );
  const recent = rows.map((row) => decodeRow<Pick<Message, 'authorType' | 'data'>>(deps.sql.dialect, 'Message', row));
  let count = 0;
  for (const message of recent) {
    const result = message.authorType === 'BOT' ? readBotResult(message.data) : null;
    if (!result || !isFallback(result)) break;
    count++;
  }
  return count;
}

export async function answerVisitorMessage(deps: Deps, message: Message): Promise<BotReply | null> {
  if (!deps.config.bot.enabled || message.authorType !== 'VISITOR' || message.kind !== 'TEXT') return null;
  const [row] = await deps.sql.all(
    sql`SELECT c."id", c."workspaceId", c."assigneeId", c."queueState", c."status", w."defaultReply" FROM "Conversation" c JOIN "Workspace" w ON w."id" = c."workspaceId" WHERE c."id" = ${message.conversationId}`,
  );
  if (!row) return null;
  const conversation = row as Pick<Conversation, 'id' | 'workspaceId' | 'assigneeId' | 'queueState' | 'status'> & { defaultReply: string | null };
  if (conversation.assigneeId || conversation.queueState === 'WAITING' || !['OPEN', 'PENDING'].includes(conversation.status)) return null;
  const bot = await deps.bot.forWorkspace(conversation.workspaceId);
  const reply = decideBotReply(bot, message.body, {
    fallbacksInARow: await countFallbacksInARow(deps, conversation.id, message.seq),
    defaultReply: conversation.defaultReply,
    settings: deps.config.bot,
  });
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
