// The SQL store writes what Prisma would: rows it appends read back identically through Prisma on
// both databases, and SQLite's group commit keeps each transaction its own (one failing in a
// batch rolls back only itself).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendEvents, type NewEvent } from '../../conversation-log/append-event.ts';
import { createMetrics } from '../../metrics.ts';
import { createTestDatabase } from '../../testing/start-test-app.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { resolveDatabaseTarget } from '../database-url.ts';
import { applyMigrations } from '../migrate.ts';
import { openDatabase, type Database } from '../open-database.ts';
import { isUniqueViolation } from '../prisma-errors.ts';

describeEachStorage('SQL store', (provider) => {
  let database: Database;
  let drop: () => Promise<void>;
  let event: (overrides: Partial<NewEvent>) => NewEvent;
  const deps = () => ({ sql: database.sql, metrics: createMetrics() });

  beforeAll(async () => {
    const created = await createTestDatabase(provider);
    drop = created.drop;
    const target = resolveDatabaseTarget({ database: { url: created.url }, dataDir: '.' });
    await applyMigrations(target);
    database = await openDatabase(target);
    const workspace = await database.db.workspace.create({ data: { name: 'Store', widgetKey: `wk-${provider}` } });
    const visitor = await database.db.visitor.create({ data: { workspaceId: workspace.id } });
    const conversation = await database.db.conversation.create({ data: { workspaceId: workspace.id, visitorId: visitor.id } });
    event = (overrides) => ({ workspaceId: workspace.id, conversationId: conversation.id, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: visitor.id, body: 'hello', ...overrides });
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    await drop?.();
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
  });
});
