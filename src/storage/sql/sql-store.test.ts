// The SQL store writes what Prisma would: rows it appends read back identically through Prisma on
// both databases, and SQLite's group commit keeps each transaction its own (one failing in a
// batch rolls back only itself).
import { pino } from 'pino';
import { createInboxOrderTrail } from '../../conversation-log/trail-inbox-order.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendEvents, type NewEvent } from '../../conversation-log/append-event.ts';
import { workspaceEventTypeOf } from '../../events/workspace-event-types.ts';
import { createMetrics } from '../../metrics.ts';
import { describeEachStorage } from '../../testing/services.ts';
import type { Database } from '../open-database.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { incrementCounter, type Steps } from './sql-store.ts';
import { openTestStorage, type TestStorage } from './test-storage.ts';

describeEachStorage('SQL store', (provider) => {
  let storage: TestStorage;
  let database: Database;
  let event: (overrides: Partial<NewEvent>) => NewEvent;
  const deps = () => ({ sql: database.sql, metrics: createMetrics(), inboxOrder: createInboxOrderTrail({ sql: database.sql, log: pino({ level: 'silent' }) }) });

  beforeAll(async () => {
    storage = await openTestStorage(provider);
    database = storage.database;
    const { workspaceId, visitorId } = storage;
    const conversation = await database.db.conversation.create({ data: { workspaceId, visitorId } });
    event = (overrides) => ({ workspaceId, conversationId: conversation.id, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: visitorId, body: 'hello', ...overrides });
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('appends rows that Prisma reads back exactly as returned (dates, booleans, JSON, enums)', async () => {
    const [appended] = await appendEvents(deps(), [event({ body: '退款 refund', clientMessageId: 'store-0001', data: { nested: { list: [1, 'two', null] }, flag: true } })], {
      status: 'PENDING',
      resolvedAt: new Date('2026-01-02T03:04:05.678Z'),
    });
    const message = await database.db.message.findUniqueOrThrow({ where: { id: appended!.message.id } });
    expect(message).toEqual(appended!.message);
    expect(message.data).toEqual({ nested: { list: [1, 'two', null] }, flag: true });
    const conversation = await database.db.conversation.findUniqueOrThrow({ where: { id: appended!.conversation.id } });
    expect(conversation).toEqual(appended!.conversation);
    expect(conversation).toMatchObject({ status: 'PENDING', resolvedAt: new Date('2026-01-02T03:04:05.678Z'), lastSeq: 1, lastVisitorSeq: 1 });

    const [note] = await appendEvents(deps(), [event({ body: 'internal', internal: true, authorType: 'SYSTEM', authorVisitorId: null })]);
    expect(note!.payload).toMatchObject({ prevSeq: 1, prevVisitorSeq: 1 });
    expect(await database.db.message.findUniqueOrThrow({ where: { id: note!.message.id } })).toEqual(note!.message);
    expect(note!.conversation).toMatchObject({ lastSeq: 2, lastVisitorSeq: 1 });
  });

  it('keeps transactions asked for together independent: a failing one rolls back only itself', async () => {
    const before = await database.db.conversation.findFirstOrThrow();
    const results = await Promise.allSettled([
      appendEvents(deps(), [event({ clientMessageId: 'store-batch-a' })]),
      appendEvents(deps(), [event({ clientMessageId: 'store-0001' })]), // used by the first test
      appendEvents(deps(), [event({ clientMessageId: 'store-batch-b' })]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(isUniqueViolation((results[1] as PromiseRejectedResult).reason)).toBe(true);
    const stored = await database.db.message.findMany({ where: { clientMessageId: { in: ['store-batch-a', 'store-batch-b'] } }, orderBy: { seq: 'asc' } });
    expect(stored.map((m) => m.seq)).toEqual([before.lastSeq + 1, before.lastSeq + 2]);
    expect((await database.db.conversation.findFirstOrThrow()).lastSeq).toBe(before.lastSeq + 2);
    const events = await database.db.workspaceEvent.findMany({ where: { workspaceId: storage.workspaceId }, orderBy: { position: 'asc' } });
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
    expect((await database.db.workspace.findUniqueOrThrow({ where: { id: storage.workspaceId } })).lastEventPosition).toBe(events.length);
  });

  it('records the workspace event with each append, and nothing for a conversation that is not there', async () => {
    const { workspaceId } = storage;
    const [appended] = await appendEvents(deps(), [event({ clientMessageId: 'store-event-1' })]);
    const { lastEventPosition } = await database.db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    expect(await database.db.workspaceEvent.findUniqueOrThrow({ where: { workspaceId_position: { workspaceId, position: lastEventPosition } } })).toMatchObject({
      type: workspaceEventTypeOf('TEXT'),
      conversationId: appended!.message.conversationId,
      messageId: appended!.message.id,
      createdAt: appended!.message.createdAt,
    });

    await expect(appendEvents(deps(), [event({ conversationId: 'no-such-conversation', clientMessageId: 'store-event-2' })])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await database.db.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).lastEventPosition).toBe(lastEventPosition);
    expect(await database.db.message.count({ where: { clientMessageId: 'store-event-2' } })).toBe(0);
  });

  it('gives back what a failing transaction counted, so counters stay gap-free (SQLite counts a batch in memory)', async () => {
    const { workspaceId } = storage;
    const { lastEventPosition: start } = await database.db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    const bump = function* (): Steps<number> {
      const [row] = yield incrementCounter('Workspace', 'lastEventPosition', workspaceId);
      return Number(row!.lastEventPosition);
    };
    const failing = function* (): Steps<number> {
      yield* bump();
      yield* bump();
      throw new Error('fails after counting');
    };
    // The first failing one bumps the row first in the batch, the second after another bumped it.
    const results = await Promise.allSettled([
      database.sql.transaction(failing),
      database.sql.transaction(bump),
      database.sql.transaction(failing),
      database.sql.transaction(bump),
      database.sql.transaction(function* (): Steps<null> {
        const rows = yield incrementCounter('Workspace', 'lastEventPosition', 'no-such-workspace');
        expect(rows).toEqual([]);
        return null;
      }),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value !== null : 'rejected'))).toEqual(['rejected', true, 'rejected', true, false]);
    // PostgreSQL and MySQL run them on pooled connections side by side, so in either order.
    expect([results[1], results[3]].map((r) => (r as PromiseFulfilledResult<number>).value).sort()).toEqual([start + 1, start + 2]);
    expect((await database.db.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).lastEventPosition).toBe(start + 2);
    expect(await database.sql.transaction(bump)).toBe(start + 3);
  });
});
