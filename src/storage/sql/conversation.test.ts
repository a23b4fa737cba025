// Conversation rows written by conversation.ts read back through Prisma exactly as Prisma would
// have written them, and rows Prisma wrote read back through SQL the same, on both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachStorage } from '../../testing/services.ts';
import type { Conversation } from '../models.ts';
import type { ReplyTimerChange } from './conversation.ts';
import { waitUntil } from '../../testing/wait-until.ts';
import {
  copyInboxOrder,
  createConversation,
  findConversationInWorkspace,
  findLaggingInboxOrder,
  findOrCreateConversation,
  findVisitorConversation,
  readConversationRouting,
  readLastSeq,
  bumpLastSeq,
  updateConversationWhere,
  updateConversationWhereInTx,
} from './conversation.ts';
import { runStepsInPrismaTransaction } from './prisma-transaction-steps.ts';
import { openTestStorage, ROW_ID, type TestStorage } from './test-storage.ts';

describeEachStorage('storage/sql conversation', (provider) => {
  let storage: TestStorage;
  let agentId: string;
  const prismaRead = (id: string) => storage.database.db.conversation.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    storage = await openTestStorage(provider);
    const agent = await storage.database.db.agent.create({ data: { workspaceId: storage.workspaceId, email: 'a@example.com', name: 'A', passwordHash: 'x' } });
    agentId = agent.id;
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('creates a row with every column as Prisma reads it (id, defaults, dates, JSON null)', async () => {
    const before = Date.now();
    const created = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId, subject: '退款 refund' });
    expect(created.id).toMatch(ROW_ID);
    expect(created.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(await prismaRead(created.id)).toEqual(created);
    expect(created).toMatchObject({ status: 'OPEN', priority: 'NORMAL', queueState: 'NONE', lastSeq: 0, lastVisitorSeq: 0, skills: null, assigneeId: null });
  });

  it('reads a row Prisma wrote exactly as Prisma returns it', async () => {
    const written = await storage.database.db.conversation.create({
      data: { workspaceId: storage.workspaceId, visitorId: storage.visitorId, skills: ['billing', { level: 2 }], priority: 'HIGH', resolvedAt: new Date('2026-01-02T03:04:05.678Z') },
    });
    expect(await findConversationInWorkspace(storage.database.sql, written.id, storage.workspaceId)).toEqual(written);
    expect(await findConversationInWorkspace(storage.database.sql, written.id, 'other-workspace')).toBeNull();
    expect(await readConversationRouting(storage.database.sql, written.id)).toEqual({ id: written.id, workspaceId: storage.workspaceId, assigneeId: null, queueState: 'NONE', status: 'OPEN' });
    expect(await readLastSeq(storage.database.sql, written.id)).toBe(0);
  });

  it('updates guarded rows: every column type round-trips, updatedAt moves, a stale guard changes nothing', async () => {
    const { id } = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    const before = await prismaRead(id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const changes: Partial<Conversation> = {
      assigneeId: agentId,
      queueState: 'ASSIGNED',
      status: 'PENDING',
      assignedAt: new Date('2026-03-04T05:06:07.089Z'),
      skills: { tags: ['vip', '中文'], nested: { ok: true, n: null } },
      language: 'zh',
      subject: null,
    };
    const updated = await updateConversationWhere(storage.database.sql, { id, workspaceId: storage.workspaceId, assigneeId: null, status: ['OPEN', 'PENDING'], queueState: ['NONE'] }, changes);
    expect(updated).toEqual(await prismaRead(id));
    expect(updated).toMatchObject(changes);
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(await updateConversationWhere(storage.database.sql, { id, assigneeId: null }, { language: 'en' })).toBeNull();
    expect(await updateConversationWhere(storage.database.sql, { id, status: ['RESOLVED', 'CLOSED'] }, { language: 'en' })).toBeNull();
    expect((await prismaRead(id)).language).toBe('zh');
  });

  it('updates inside a Prisma transaction and rolls back with it', async () => {
    const { id } = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    const dialect = storage.database.sql.dialect;
    const inTx = await storage.database.db.$transaction((tx) => updateConversationWhereInTx(tx, dialect, { id, assigneeId: null }, { queueState: 'WAITING', queuedAt: new Date('2026-05-06T07:08:09.010Z') }));
    expect(inTx).toEqual(await prismaRead(id));
    await expect(
      storage.database.db.$transaction(async (tx) => {
        await updateConversationWhereInTx(tx, dialect, { id }, { queueState: 'OFFLINE' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await prismaRead(id)).queueState).toBe('WAITING');
  });

  const bump = (id: string, at: Date, options: { isVisibleToVisitor?: boolean; replyTimer?: ReplyTimerChange } = {}) =>
    storage.database.sql.transaction(() =>
      bumpLastSeq(storage.database.sql.dialect, { conversationId: id, workspaceId: storage.workspaceId, isVisibleToVisitor: options.isVisibleToVisitor ?? true, replyTimer: options.replyTimer }, {}, at),
    );

  it('bumps both seqs in one UPDATE and returns the visitor seq before it moved (internal events leave it)', async () => {
    const { id } = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    const first = await bump(id, new Date());
    expect(first).toMatchObject({ prevVisitorSeq: 0, conversation: { lastSeq: 1, lastVisitorSeq: 1 } });
    const note = await bump(id, new Date(), { isVisibleToVisitor: false });
    expect(note).toMatchObject({ prevVisitorSeq: 1, conversation: { lastSeq: 2, lastVisitorSeq: 1 } });
    const third = await bump(id, new Date());
    expect(third).toMatchObject({ prevVisitorSeq: 1, conversation: { lastSeq: 3, lastVisitorSeq: 3 } });
    expect(await prismaRead(id)).toEqual(third!.conversation);
    expect(await bump('no-such-conversation', new Date())).toBeNull();
  });

  it('starts the reply timer with a visitor message only when assigned, and the assignee’s message stops it', async () => {
    const { id } = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    const at = new Date('2026-06-07T08:09:10.111Z');
    await bump(id, at, { replyTimer: { kind: 'start' } });
    expect((await prismaRead(id)).awaitingReplySince).toBeNull();
    await updateConversationWhere(storage.database.sql, { id }, { assigneeId: agentId });
    await bump(id, at, { replyTimer: { kind: 'start' } });
    expect(await prismaRead(id)).toMatchObject({ awaitingReplySince: at, updatedAt: at, lastMessageAt: at });
    // A second visitor message does not restart it.
    await bump(id, new Date('2026-06-07T08:09:30.000Z'), { replyTimer: { kind: 'start' } });
    expect((await prismaRead(id)).awaitingReplySince).toEqual(at);
    await bump(id, new Date(), { replyTimer: { kind: 'stop', assigneeId: 'someone-else' } });
    expect((await prismaRead(id)).awaitingReplySince).toEqual(at);
    // Dates compare equal whichever path stored them (reassign-unanswered guards on this one).
    expect(await updateConversationWhere(storage.database.sql, { id, awaitingReplySince: at }, { language: 'en' })).not.toBeNull();
    const prismaWritten = await storage.database.db.conversation.create({ data: { workspaceId: storage.workspaceId, visitorId: storage.visitorId, awaitingReplySince: at } });
    expect(await updateConversationWhere(storage.database.sql, { id: prismaWritten.id, awaitingReplySince: at }, { language: 'en' })).not.toBeNull();
    const later = new Date('2026-06-07T08:10:00.000Z');
    await bump(id, later, { replyTimer: { kind: 'stop', assigneeId: agentId } });
    expect(await prismaRead(id)).toMatchObject({ awaitingReplySince: null, updatedAt: later });
  });

  it('leaves the inbox order to the copy: an append moves lastMessageAt only, the copy catches up, repair finds the rest', async () => {
    const [a, b] = [await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId }), await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId })];
    expect(a.inboxOrderAt).toEqual(a.lastMessageAt);
    const [atA, atB] = [new Date(a.createdAt.getTime() + 60_000), new Date(a.createdAt.getTime() + 120_000)];
    await bump(a.id, atA);
    await bump(b.id, atB);
    expect(await prismaRead(a.id)).toMatchObject({ lastMessageAt: atA, inboxOrderAt: a.inboxOrderAt });
    expect(await findLaggingInboxOrder(storage.database.sql)).toEqual(expect.arrayContaining([a.id, b.id]));
    await copyInboxOrder(storage.database.sql, [a.id]);
    expect(await prismaRead(a.id)).toMatchObject({ lastMessageAt: atA, inboxOrderAt: atA });
    expect(await findLaggingInboxOrder(storage.database.sql)).not.toContain(a.id);
    // More ids than one statement takes, with repeats: every one is copied.
    await copyInboxOrder(storage.database.sql, [...Array.from({ length: 70 }, (_, i) => `absent-${i}`), b.id, b.id]);
    expect((await prismaRead(b.id)).inboxOrderAt).toEqual(atB);
  });

  it('copies the committed lastMessageAt of an append whose transaction was still open when the copy began', async () => {
    const { id } = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    const at = new Date(Date.now() + 3_600_000);
    const dialect = storage.database.sql.dialect;
    // PostgreSQL and MariaDB: the copy waits for the append's row lock (SQLite: for the transaction to end).
    const isCopyWaiting = async () => {
      if (provider === 'sqlite') return true;
      const waiting =
        provider === 'postgresql'
          ? await storage.database.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"inboxOrderAt" = "lastMessageAt"%'`)
          : await storage.database.db.$queryRawUnsafe<{ n: number }[]>("SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE '%inboxOrderAt%'");
      return Number(waiting[0]!.n) > 0;
    };
    let copy: Promise<void> | undefined;
    await storage.database.db.$transaction(async (tx) => {
      await runStepsInPrismaTransaction(tx, dialect, bumpLastSeq(dialect, { conversationId: id, workspaceId: storage.workspaceId, isVisibleToVisitor: true }, {}, at));
      copy = copyInboxOrder(storage.database.sql, [id]);
      await waitUntil(isCopyWaiting, 'the copy to wait for the append', 10_000, { pollMs: 20 });
    });
    await copy;
    expect(await prismaRead(id)).toMatchObject({ lastMessageAt: at, inboxOrderAt: at });
  });

  it('finds a visitor’s newest conversation in the given statuses, and creates one only when there is none', async () => {
    const visitor = await storage.database.db.visitor.create({ data: { workspaceId: storage.workspaceId } });
    const owner = { workspaceId: storage.workspaceId, visitorId: visitor.id };
    const open = ['OPEN', 'PENDING'] as const;
    expect(await findVisitorConversation(storage.database.sql, owner, open)).toBeNull();
    const created = await findOrCreateConversation(storage.database.sql, { ...owner, subject: 'Refund' }, open);
    expect(created).toMatchObject({ isNew: true, conversation: { subject: 'Refund', status: 'OPEN' } });
    expect(await prismaRead(created.conversation.id)).toEqual(created.conversation);
    expect(await findOrCreateConversation(storage.database.sql, owner, open)).toEqual({ isNew: false, conversation: created.conversation });
    await updateConversationWhere(storage.database.sql, { id: created.conversation.id }, { status: 'PENDING' });
    expect(await findVisitorConversation(storage.database.sql, owner, open)).toEqual(await prismaRead(created.conversation.id));
    await updateConversationWhere(storage.database.sql, { id: created.conversation.id }, { status: 'RESOLVED' });
    const next = await findOrCreateConversation(storage.database.sql, owner, open);
    expect(next.isNew).toBe(true);
    expect(await findVisitorConversation(storage.database.sql, owner, ['RESOLVED'])).toMatchObject({ id: created.conversation.id });
    expect(await findVisitorConversation(storage.database.sql, { ...owner, workspaceId: 'other-workspace' }, open)).toBeNull();
  });

  it('numbers each workspace’s conversations 1, 2, 3… without duplicates or gaps under concurrent creation', async () => {
    const workspace = await storage.database.db.workspace.create({ data: { name: 'Numbers', widgetKey: `wk-numbers-${provider}-${Date.now()}` } });
    const visitor = await storage.database.db.visitor.create({ data: { workspaceId: workspace.id } });
    // The first ones race to create the workspace's counter row too.
    const created = await Promise.all(Array.from({ length: 12 }, () => createConversation(storage.database.sql, { workspaceId: workspace.id, visitorId: visitor.id })));
    expect(created.map((c) => c.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const other = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    expect(other.number).toBeGreaterThanOrEqual(1);
    expect(await prismaRead(created[0]!.id)).toEqual(created[0]);
  });
});
