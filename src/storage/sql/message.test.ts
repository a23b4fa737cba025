// Message rows: what message.ts inserts reads back through Prisma unchanged (appendEvents, the only
// writer, in sql-store.test.ts too), and its reads return what Prisma returns, on both databases.
import { pino } from 'pino';
import { createInboxOrderTrail } from '../../conversation-log/trail-inbox-order.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendEvents, type NewEvent } from '../../conversation-log/append-event.ts';
import { createMetrics } from '../../metrics.ts';
import { describeEachStorage } from '../../testing/services.ts';
import type { Message } from '../models.ts';
import { createConversation } from './conversation.ts';
import { findMessageByClientId, hasVisibleAgentMessage, readBotConversation, readMessagesAfter, searchMessageIdBatches } from './message.ts';
import { openTestStorage, ROW_ID, type TestStorage } from './test-storage.ts';

/** Every matching id, newest first, in batches of `batchSize`. */
async function searchMessageIds(sql: TestStorage['database']['sql'], workspaceId: string, query: string, batchSize: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of searchMessageIdBatches(sql, workspaceId, query, batchSize)) ids.push(...batch);
  return ids;
}

describeEachStorage('storage/sql message', (provider) => {
  let storage: TestStorage;
  let conversationId: string;
  let stored: Message[];

  beforeAll(async () => {
    storage = await openTestStorage(provider);
    const { workspaceId, visitorId } = storage;
    conversationId = (await createConversation(storage.database.sql, { workspaceId, visitorId })).id;
    const agent = await storage.database.db.agent.create({ data: { workspaceId, email: 'm@example.com', name: 'M', passwordHash: 'x' } });
    const event = (overrides: Partial<NewEvent>): NewEvent => ({ workspaceId, conversationId, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: visitorId, body: 'hi', ...overrides });
    const deps = { sql: storage.database.sql, metrics: createMetrics(), inboxOrder: createInboxOrderTrail({ sql: storage.database.sql, log: pino({ level: 'silent' }) }) };
    stored = [];
    for (const e of [
      event({ body: '我要退款 please refund', clientMessageId: 'm-1' }),
      event({ authorType: 'BOT', authorVisitorId: null, body: 'Refunds take 3 days', data: { botResult: { type: 'ANSWER' }, language: 'en', list: [1, 'two', null] } }),
      event({ authorType: 'AGENT', authorVisitorId: null, authorAgentId: agent.id, body: 'internal note', internal: true }),
      event({ authorType: 'AGENT', authorVisitorId: null, authorAgentId: agent.id, body: 'Hello, I can help' }),
    ]) {
      stored.push((await appendEvents(deps, [e]))[0]!.message);
    }
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('inserts rows Prisma reads back with every column (id, seq, JSON, booleans, dates)', async () => {
    const rows = await storage.database.db.message.findMany({ where: { conversationId }, orderBy: { seq: 'asc' } });
    expect(rows).toEqual(stored);
    expect(rows.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.id).toMatch(ROW_ID);
    expect(rows[1]!.data).toEqual({ botResult: { type: 'ANSWER' }, language: 'en', list: [1, 'two', null] });
    expect(rows[2]!.internal).toBe(true);
  });

  it('reads rows exactly as Prisma returns them', async () => {
    const prisma = await storage.database.db.message.findMany({ where: { conversationId }, orderBy: { seq: 'asc' } });
    const { sql } = storage.database;
    expect(await findMessageByClientId(sql, conversationId, 'm-1')).toEqual(prisma[0]);
    expect(await findMessageByClientId(sql, conversationId, 'm-none')).toBeNull();
    expect(await readMessagesAfter(sql, { conversationId, afterSeq: 0, includeInternal: true, limit: 10 })).toEqual(prisma);
    expect(await readMessagesAfter(sql, { conversationId, afterSeq: 1, beforeSeq: 4, includeInternal: false, limit: 10 })).toEqual([prisma[1]]);
    expect(await readMessagesAfter(sql, { conversationId, afterSeq: 0, includeInternal: true, limit: 2 })).toEqual(prisma.slice(0, 2));
    const botMemory = [1, 0].map((i) => ({ authorType: prisma[i]!.authorType, body: prisma[i]!.body, data: prisma[i]!.data }));
    expect(await readBotConversation(sql, conversationId, 20)).toEqual(botMemory);
    expect(await readBotConversation(sql, conversationId, 1)).toEqual(botMemory.slice(0, 1));
    expect(await hasVisibleAgentMessage(sql, conversationId)).toBe(true);
  });

  it('searches Chinese and English text, newest first', async () => {
    const { sql } = storage.database;
    expect(await searchMessageIds(sql, storage.workspaceId, '退款', 10)).toEqual([stored[0]!.id]);
    expect(await searchMessageIds(sql, storage.workspaceId, 'refund', 10)).toEqual([stored[0]!.id]);
    expect(await searchMessageIds(sql, storage.workspaceId, 'help', 10)).toEqual([stored[3]!.id]);
    expect(await searchMessageIds(sql, 'other-workspace', 'refund', 10)).toEqual([]);
    expect(await searchMessageIds(sql, storage.workspaceId, '   ', 10)).toEqual([]);
  });

  // InnoDB's FULLTEXT parser drops tokens under 3 characters and stopwords ("i"); see the MySQL
  // message_search migration.
  it('finds Chinese phrases in order, one-character words and stopwords', async () => {
    const { sql } = storage.database;
    expect(await searchMessageIds(sql, storage.workspaceId, '要退款', 10)).toEqual([stored[0]!.id]);
    expect(await searchMessageIds(sql, storage.workspaceId, '款退', 10)).toEqual([]);
    expect(await searchMessageIds(sql, storage.workspaceId, 'I can', 10)).toEqual([stored[3]!.id]);
    expect(await searchMessageIds(sql, storage.workspaceId, '3 days', 10)).toEqual([stored[1]!.id]);
  });
});
