// Message rows (the conversation log). Written only by this module, in SQL: appending is the
// busiest write in Kefu (conversation-log/append-event.ts) and a row's seq comes from the same
// transaction's conversation bump. Prisma only reads messages (history pages, search results).
import type { Message } from '../models.ts';
import { decodeRow, insertRow } from './model-columns.ts';
import { json, sql, type SqlStore, type Statement } from './sql-store.ts';

const MAX_SEQ = 2_147_483_647;

export function insertMessage(dialect: SqlStore['dialect'], message: Message): Statement {
  return insertRow(dialect, 'Message', { ...message, data: json(message.data) });
}

export async function findMessageByClientId(store: SqlStore, conversationId: string, clientMessageId: string): Promise<Message | null> {
  const [row] = await store.all(sql`SELECT * FROM "Message" WHERE "conversationId" = ${conversationId} AND "clientMessageId" = ${clientMessageId}`);
  return row ? decodeRow<Message>(store.dialect, 'Message', row) : null;
}

/** Events with afterSeq < seq < beforeSeq in seq order, at most `limit`; internal notes only if asked. */
export async function readMessagesAfter(
  store: SqlStore,
  query: { conversationId: string; afterSeq: number; beforeSeq?: number; includeInternal: boolean; limit: number },
): Promise<Message[]> {
  const { conversationId, afterSeq, limit } = query;
  const beforeSeq = query.beforeSeq ?? MAX_SEQ;
  const rows = await store.all(
    query.includeInternal
      ? sql`SELECT * FROM "Message" WHERE "conversationId" = ${conversationId} AND "seq" > ${afterSeq} AND "seq" < ${beforeSeq} ORDER BY "seq" LIMIT ${limit}`
      : sql`SELECT * FROM "Message" WHERE "conversationId" = ${conversationId} AND "seq" > ${afterSeq} AND "seq" < ${beforeSeq} AND "internal" = ${false} ORDER BY "seq" LIMIT ${limit}`,
  );
  return rows.map((row) => decodeRow<Message>(store.dialect, 'Message', row));
}

/** The conversation's last `limit` bot and visitor messages, newest first (the bot's memory). */
export async function readBotConversation(store: SqlStore, conversationId: string, limit: number): Promise<Pick<Message, 'authorType' | 'body' | 'data'>[]> {
  const rows = await store.all(
    sql`SELECT "authorType", "body", "data" FROM "Message" WHERE "conversationId" = ${conversationId} AND "authorType" IN ('BOT', 'VISITOR') ORDER BY "seq" DESC LIMIT ${limit}`,
  );
  return rows.map((row) => decodeRow<Pick<Message, 'authorType' | 'body' | 'data'>>(store.dialect, 'Message', row));
}

/** Whether an agent has written in the conversation where the visitor sees it. */
export async function hasVisibleAgentMessage(store: SqlStore, conversationId: string): Promise<boolean> {
  const rows = await store.all(sql`SELECT "seq" FROM "Message" WHERE "conversationId" = ${conversationId} AND "authorType" = 'AGENT' AND "internal" = ${false} LIMIT 1`);
  return rows.length > 0;
}

/**
 * Ids of a workspace's messages matching the search text (storage/search-text.ts), newest first,
 * `batchSize` at a time until the matches run out. What is still pending for the index is indexed
 * once, before the first batch, so a search never misses a stored message.
 */
export async function* searchMessageIdBatches(store: SqlStore, workspaceId: string, query: string, batchSize: number): AsyncGenerator<string[]> {
  if (!store.dialect.searchMessages(workspaceId, query, batchSize, 0)) return;
  await store.indexPendingSearch?.();
  for (let offset = 0; ; offset += batchSize) {
    const ids = (await store.all(store.dialect.searchMessages(workspaceId, query, batchSize, offset)!)).map((row) => row.id as string);
    if (ids.length > 0) yield ids;
    if (ids.length < batchSize) return;
  }
}
