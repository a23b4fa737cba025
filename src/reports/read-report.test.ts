// Reports on a seeded event log whose answers were worked out by hand (comments beside each
// conversation), on every database: the SQL in storage/sql/report.ts and the folding here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.ts';
import { openTestStorage, type TestStorage } from '../storage/sql/test-storage.ts';
import { describeEachStorage } from '../testing/services.ts';
import { readReport } from './read-report.ts';

const at = (iso: string) => new Date(iso);

describeEachStorage('reports', (provider) => {
  let storage: TestStorage;
  let admin: Principal;
  let ann: string;
  let bob: string;

  beforeAll(async () => {
    storage = await openTestStorage(provider);
    const { db } = storage.database;
    const workspaceId = storage.workspaceId;
    const visitorId = storage.visitorId;
    const agent = (name: string, role: 'ADMIN' | 'AGENT') => db.agent.create({ data: { workspaceId, email: `${name}@example.com`, name, role, passwordHash: 'x' } });
    ann = (await agent('Ann', 'ADMIN')).id;
    bob = (await agent('Bob', 'AGENT')).id;
    const key = await db.apiKey.create({ data: { workspaceId, name: 'crm', prefix: 'k', tokenHash: `h-${provider}`, role: 'ADMIN' } });
    admin = { kind: 'agent', id: ann, workspaceId, role: 'ADMIN' } as Principal;

    type Event = { at: string; by: 'visitor' | 'ann' | 'bob' | 'bot' | 'system' | 'key'; kind?: 'TEXT' | 'STATUS_CHANGED' | 'ASSIGNED'; to?: string; internal?: boolean };
    const author = (by: Event['by']) =>
      ({
        visitor: { authorType: 'VISITOR' as const, authorVisitorId: visitorId },
        ann: { authorType: 'AGENT' as const, authorAgentId: ann },
        bob: { authorType: 'AGENT' as const, authorAgentId: bob },
        bot: { authorType: 'BOT' as const },
        system: { authorType: 'SYSTEM' as const },
        key: { authorType: 'BOT' as const, authorApiKeyId: key.id },
      })[by];
    const seed = async (c: { ws?: string; createdAt: string; status: 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED'; assigneeId?: string; events: Event[]; csat?: [number, string] }) => {
      const ws = c.ws ?? workspaceId;
      const visitor = c.ws ? (await db.visitor.create({ data: { workspaceId: ws } })).id : visitorId;
      const conversation = await db.conversation.create({
        data: { workspaceId: ws, visitorId: visitor, status: c.status, assigneeId: c.assigneeId ?? null, createdAt: at(c.createdAt), lastSeq: c.events.length },
      });
      await db.message.createMany({
        data: c.events.map((e, i) => ({
          workspaceId: ws,
          conversationId: conversation.id,
          seq: i + 1,
          kind: e.kind ?? 'TEXT',
          ...author(e.by),
          ...(e.by === 'visitor' ? { authorVisitorId: visitor } : {}),
          body: e.kind === 'STATUS_CHANGED' ? `Conversation ${e.to}` : 'text',
          internal: e.internal ?? false,
          data: e.to ? { from: 'OPEN', to: e.to } : undefined,
          createdAt: at(e.at),
        })),
      });
      if (c.csat) await db.csatRating.create({ data: { conversationId: conversation.id, workspaceId: ws, score: c.csat[0], createdAt: at(c.csat[1]) } });
    };

    // C1, widget, Ann: first response 60 s (the internal note does not count), resolved after 600 s, CSAT 5.
    await seed({
      createdAt: '2026-03-02T09:00:00Z',
      status: 'RESOLVED',
      assigneeId: ann,
      events: [
        { at: '2026-03-02T09:00:00Z', by: 'visitor' },
        { at: '2026-03-02T09:00:01Z', by: 'bot' },
        { at: '2026-03-02T09:00:30Z', by: 'system', kind: 'ASSIGNED' },
        { at: '2026-03-02T09:00:40Z', by: 'ann', internal: true },
        { at: '2026-03-02T09:01:00Z', by: 'ann' },
        { at: '2026-03-02T09:10:00Z', by: 'ann', kind: 'STATUS_CHANGED', to: 'RESOLVED' },
      ],
      csat: [5, '2026-03-02T09:11:00Z'],
    });
    // C2, widget, Bob: first response 180 s; PENDING is not a resolution.
    await seed({
      createdAt: '2026-03-02T10:00:00Z',
      status: 'PENDING',
      assigneeId: bob,
      events: [
        { at: '2026-03-02T10:00:00Z', by: 'visitor' },
        { at: '2026-03-02T10:03:00Z', by: 'bob' },
        { at: '2026-03-02T10:04:00Z', by: 'bob', kind: 'STATUS_CHANGED', to: 'PENDING' },
      ],
    });
    // C3, widget, answered by Ann (120 s) then Bob's: first resolution 3600 s (reopened, closed later); CSAT 2 a week later.
    await seed({
      createdAt: '2026-03-03T08:00:00Z',
      status: 'CLOSED',
      assigneeId: bob,
      events: [
        { at: '2026-03-03T08:00:00Z', by: 'visitor' },
        { at: '2026-03-03T08:02:00Z', by: 'ann' },
        { at: '2026-03-03T09:00:00Z', by: 'bob', kind: 'STATUS_CHANGED', to: 'RESOLVED' },
        { at: '2026-03-03T09:05:00Z', by: 'visitor', kind: 'STATUS_CHANGED', to: 'OPEN' },
        { at: '2026-03-03T09:30:00Z', by: 'bob', kind: 'STATUS_CHANGED', to: 'CLOSED' },
      ],
      csat: [2, '2026-03-09T07:00:00Z'],
    });
    // C4, opened by staff (Ann wrote first): the first response runs from the visitor's first message, 30 s.
    await seed({
      createdAt: '2026-03-09T12:00:00Z',
      status: 'OPEN',
      events: [
        { at: '2026-03-09T12:00:00Z', by: 'ann' },
        { at: '2026-03-09T12:05:00Z', by: 'visitor' },
        { at: '2026-03-09T12:05:30Z', by: 'ann' },
      ],
    });
    // C5, opened through an API key; no reply.
    await seed({ createdAt: '2026-03-09T13:00:00Z', status: 'OPEN', events: [{ at: '2026-03-09T13:00:00Z', by: 'key' }] });
    // Outside the range: created the second before (its CSAT 4, Ann's, falls inside), at `to` exactly, another workspace.
    await seed({ createdAt: '2026-03-01T23:59:59Z', status: 'RESOLVED', assigneeId: ann, events: [{ at: '2026-03-01T23:59:59Z', by: 'visitor' }], csat: [4, '2026-03-02T00:30:00Z'] });
    await seed({ createdAt: '2026-03-16T00:00:00Z', status: 'OPEN', events: [{ at: '2026-03-16T00:00:00Z', by: 'visitor' }], csat: [1, '2026-03-16T00:00:00Z'] });
    const other = await db.workspace.create({ data: { name: 'Other', widgetKey: `wk-other-${provider}-${Date.now()}` } });
    await seed({ ws: other.id, createdAt: '2026-03-05T00:00:00Z', status: 'RESOLVED', events: [{ at: '2026-03-05T00:00:00Z', by: 'visitor' }], csat: [1, '2026-03-05T00:00:00Z'] });
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  const range = { from: '2026-03-02T00:00:00Z', to: '2026-03-16T00:00:00Z' };
  const deps = () => ({ sql: storage.database.sql, db: storage.database.db });

  it('totals volumes, first response, resolution and CSAT of the range', async () => {
    const report = await readReport(deps(), admin, range);
    expect(report.totals).toEqual({
      conversations: 5,
      firstResponseCount: 4,
      firstResponseAverageSeconds: 97.5, // (60 + 180 + 120 + 30) / 4
      resolvedCount: 2,
      resolutionAverageSeconds: 2100, // (600 + 3600) / 2
      csatCount: 3,
      csatAverage: 3.67, // (5 + 4 + 2) / 3
    });
    expect(report.byStatus).toEqual([
      { status: 'OPEN', count: 2 },
      { status: 'PENDING', count: 1 },
      { status: 'RESOLVED', count: 1 },
      { status: 'CLOSED', count: 1 },
    ]);
    expect(report.byChannel).toEqual([
      { channel: 'WIDGET', count: 3 },
      { channel: 'STAFF', count: 1 },
      { channel: 'API', count: 1 },
    ]);
    expect(report.csatDistribution.map((d) => d.count)).toEqual([0, 1, 0, 1, 1]);
  });

  it('credits volume and resolution to the assignee, the first response to who wrote it', async () => {
    const report = await readReport(deps(), admin, range);
    expect(report.agents).toEqual([
      {
        agentId: bob,
        name: 'Bob',
        figures: { conversations: 2, firstResponseCount: 1, firstResponseAverageSeconds: 180, resolvedCount: 1, resolutionAverageSeconds: 3600, csatCount: 1, csatAverage: 2 },
      },
      {
        agentId: ann,
        name: 'Ann',
        figures: { conversations: 1, firstResponseCount: 3, firstResponseAverageSeconds: 70, resolvedCount: 1, resolutionAverageSeconds: 600, csatCount: 2, csatAverage: 4.5 },
      },
    ]);
  });

  it('lists every day of the range, and ISO weeks from Monday', async () => {
    const daily = await readReport(deps(), admin, { ...range, interval: 'DAY' });
    expect(daily.periods).toHaveLength(14);
    const day = (iso: string) => daily.periods.find((p) => p.start.toISOString() === iso)!.figures;
    expect(day('2026-03-02T00:00:00.000Z')).toMatchObject({ conversations: 2, firstResponseAverageSeconds: 120, resolutionAverageSeconds: 600, csatCount: 2, csatAverage: 4.5 });
    expect(day('2026-03-03T00:00:00.000Z')).toMatchObject({ conversations: 1, firstResponseAverageSeconds: 120, resolutionAverageSeconds: 3600, csatCount: 0, csatAverage: null });
    expect(day('2026-03-04T00:00:00.000Z')).toMatchObject({ conversations: 0, firstResponseAverageSeconds: null });
    expect(day('2026-03-09T00:00:00.000Z')).toMatchObject({ conversations: 2, firstResponseAverageSeconds: 30, csatAverage: 2 });

    const weekly = await readReport(deps(), admin, { from: '2026-03-04T00:00:00Z', to: '2026-03-16T00:00:00Z', interval: 'WEEK' });
    expect(weekly.periods.map((p) => [p.start.toISOString().slice(0, 10), p.figures.conversations, p.figures.csatCount])).toEqual([
      ['2026-03-02', 0, 0], // the week holding 4 March starts on Monday 2 March; nothing of the range was created in it
      ['2026-03-09', 2, 1],
    ]);
    const full = await readReport(deps(), admin, { ...range, interval: 'WEEK' });
    expect(full.periods.map((p) => p.figures)).toEqual([
      { conversations: 3, firstResponseCount: 3, firstResponseAverageSeconds: 120, resolvedCount: 2, resolutionAverageSeconds: 2100, csatCount: 2, csatAverage: 4.5 },
      { conversations: 2, firstResponseCount: 1, firstResponseAverageSeconds: 30, resolvedCount: 0, resolutionAverageSeconds: null, csatCount: 1, csatAverage: 2 },
    ]);
  });

  it('refuses agents without the admin role, reversed ranges and ranges over a year', async () => {
    const agent = { kind: 'agent', id: bob, workspaceId: storage.workspaceId, role: 'AGENT' } as Principal;
    await expect(readReport(deps(), agent, range)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(readReport(deps(), admin, { from: range.to, to: range.from })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(readReport(deps(), admin, { from: '2024-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z' })).rejects.toThrow(/366 days/);
    await expect(readReport(deps(), admin, { from: 'yesterday', to: range.to })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
