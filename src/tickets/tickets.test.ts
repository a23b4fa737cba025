// Tickets through the API on every database: staff-created conversations with per-workspace
// numbers (also under concurrent creation), every conversations(filter) condition, and snooze with
// its wake-ups (the time passing, in another process than the one that snoozed; the visitor writing).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { startVisitor } from '../testing/routing-fixtures.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';

const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { conversation { id number subject priority status createdAt department { id } assignee { id } visitor { id email name } } } }`;
const LIST = `query($filter: ConversationFilter) { conversations(filter: $filter, first: 50) { edges { node { id number snoozedUntil } } } }`;
const SNOOZE = `mutation($input: SnoozeConversationInput!) { snoozeConversation(input: $input) { conversation { id snoozedUntil } } }`;

describeEachStorage('tickets', (provider) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { routing: { sweepIntervalMs: 100 } } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const createTicket = async (token: string, input: Record<string, unknown>) => (await gqlData(t.url, CREATE_TICKET, { input }, token)).createTicket.conversation;
  const list = async (token: string, filter: Record<string, unknown>) => (await gqlData(t.url, LIST, { filter }, token)).conversations.edges.map((e: any) => e.node);
  const ids = async (token: string, filter: Record<string, unknown>) => (await list(token, filter)).map((c: { id: string }) => c.id).sort();
  const apiKey = async (w: WorkspaceFixture, role: 'ADMIN' | 'BOT') =>
    (await gqlData(t.url, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`, { input: { name: role, role } }, w.ownerToken)).createApiKey.token as string;

  it('lets agents and ADMIN keys open numbered tickets for a visitor or an email address, and nobody else', async () => {
    const w = await createWorkspaceFixture(t.url, 'Tickets');
    const [adminKey, botKey] = [await apiKey(w, 'ADMIN'), await apiKey(w, 'BOT')];
    const byEmail = await createTicket(w.ownerToken, { email: 'ana@example.com', name: 'Ana', subject: 'Refund', message: 'We got your call about the refund.', priority: 'HIGH' });
    expect(byEmail).toMatchObject({ number: 1, subject: 'Refund', priority: 'HIGH', status: 'OPEN', visitor: { email: 'ana@example.com', name: 'Ana' } });
    const again = await createTicket(adminKey, { email: 'ana@example.com', subject: 'Second question' });
    expect(again).toMatchObject({ number: 2, visitor: { id: byEmail.visitor.id } });

    const visitor = await startVisitor(t.url, w.widgetKey, 'Bo');
    const forVisitor = await createTicket(adminKey, { visitorId: visitor.visitorId, subject: 'Your order', message: 'Your parcel left today.' });
    expect(forVisitor.number).toBe(3);
    const seen = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(first: 5) { edges { node { authorType body } } } } }`, { id: forVisitor.id }, visitor.token);
    expect(seen.conversation.messages.edges.map((e: any) => e.node)).toEqual([{ authorType: 'BOT', body: 'Your parcel left today.' }]); // API keys write as BOT

    const refused = async (token: string, input: Record<string, unknown>) => (await gql(t.url, CREATE_TICKET, { input }, token)).errors?.[0]?.extensions?.code;
    expect(await refused(botKey, { email: 'x@example.com', subject: 'No' })).toBe('FORBIDDEN');
    expect(await refused(visitor.token, { email: 'x@example.com', subject: 'No' })).toBe('FORBIDDEN');
    expect(await refused(w.ownerToken, { email: 'x@example.com', visitorId: visitor.visitorId, subject: 'Both' })).toBe('BAD_USER_INPUT');
    expect(await refused(w.ownerToken, { subject: 'Neither' })).toBe('BAD_USER_INPUT');
    expect(await refused(w.ownerToken, { email: 'not-an-address', subject: 'Bad' })).toBe('BAD_USER_INPUT');
    expect(await refused(w.ownerToken, { visitorId: 'nope', subject: 'Unknown' })).toBe('NOT_FOUND');

    // Without an SMTP server, a transcript is refused with the code that says so.
    expect((await gql(t.url, `mutation($input: SendTranscriptInput!) { sendTranscript(input: $input) { email } }`, { input: { conversationId: forVisitor.id } }, w.ownerToken)).errors?.[0]?.extensions?.code).toBe('EMAIL_NOT_CONFIGURED');
    // A new workspace has a finite max queue wait, so nobody waits forever.
    expect((await gqlData(t.url, `{ workspace { maxQueueWaitSeconds } }`, {}, w.ownerToken)).workspace.maxQueueWaitSeconds).toBe(300);
  });

  it('gives unique, gap-free numbers to tickets and visitor conversations created at the same time', async () => {
    const w = await createWorkspaceFixture(t.url, 'Race');
    const visitors = await Promise.all(Array.from({ length: 5 }, () => startVisitor(t.url, w.widgetKey)));
    const numbers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => createTicket(w.ownerToken, { email: `c${i}@example.com`, subject: `Ticket ${i}` }).then((c) => c.number as number)),
      ...visitors.map(async (v) => (await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { number } } }`, {}, v.token)).startConversation.conversation.number as number),
    ]);
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('filters by priority, department, subject, tag, assignee, status, number and date range, and refuses bad filters', async () => {
    const w = await createWorkspaceFixture(t.url, 'Filters');
    const department = await gqlData(t.url, `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }`, { input: { name: 'Billing', memberIds: [w.ownerId] } }, w.ownerToken);
    const billing = department.createDepartment.department.id;
    const a = await createTicket(w.ownerToken, { email: 'a@example.com', subject: 'Refund for ORDER 1', priority: 'HIGH', departmentId: billing, assigneeId: w.ownerId });
    const b = await createTicket(w.ownerToken, { email: 'b@example.com', subject: 'Shipping question', priority: 'LOW' });
    const c = await createTicket(w.ownerToken, { email: 'c@example.com', subject: 'Refund again' });
    expect(a).toMatchObject({ department: { id: billing }, assignee: { id: w.ownerId } });
    await gqlData(t.url, `mutation($input: TagConversationInput!) { tagConversation(input: $input) { conversation { id } } }`, { input: { conversationId: b.id, add: ['vip'] } }, w.ownerToken);
    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId: c.id, status: 'RESOLVED' } }, w.ownerToken);

    const token = w.ownerToken;
    expect(await ids(token, { priority: ['HIGH', 'LOW'] })).toEqual([a.id, b.id].sort());
    expect(await ids(token, { departmentId: billing })).toEqual([a.id]);
    expect(await ids(token, { subject: 'refund' })).toEqual([a.id, c.id].sort());
    expect(await ids(token, { subject: 'order 1' })).toEqual([a.id]);
    expect(await ids(token, { tag: 'vip' })).toEqual([b.id]);
    expect(await ids(token, { assigneeId: w.ownerId })).toEqual([a.id]);
    expect(await ids(token, { isUnassigned: true, status: ['OPEN'] })).toEqual([b.id]);
    expect(await ids(token, { status: ['RESOLVED'] })).toEqual([c.id]);
    expect(await ids(token, { number: b.number })).toEqual([b.id]);
    expect(await ids(token, { createdAfter: b.createdAt })).toEqual([b.id, c.id].sort());
    expect(await ids(token, { createdAfter: a.createdAt, createdBefore: b.createdAt })).toEqual([a.id]);
    expect(await ids(token, { subject: 'refund', priority: ['NORMAL'], status: ['RESOLVED'] })).toEqual([c.id]);

    const code = async (filter: Record<string, unknown>, as = token) => (await gql(t.url, LIST, { filter }, as)).errors?.[0]?.extensions?.code;
    expect(await code({ createdAfter: b.createdAt, createdBefore: a.createdAt })).toBe('BAD_USER_INPUT');
    expect(await code({ subject: '   ' })).toBe('BAD_USER_INPUT');
    expect(await code({ assigneeId: w.ownerId, isUnassigned: true })).toBe('BAD_USER_INPUT');
    expect(await code({ number: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ createdAfter: 'yesterday' })).toBe('BAD_USER_INPUT');
    const visitor = await startVisitor(t.url, w.widgetKey);
    expect(await code({ tag: 'vip' }, visitor.token)).toBe('FORBIDDEN');
  });

  it('lists the conversation with the newest message first, right after the message (the inbox order trails appends)', async () => {
    const w = await createWorkspaceFixture(t.url, 'Order');
    const older = await startVisitorConversation(t.url, w.widgetKey, 'first');
    const newer = await startVisitorConversation(t.url, w.widgetKey, 'second');
    const order = async () => (await list(w.ownerToken, {})).map((c: { id: string }) => c.id);
    expect(await order()).toEqual([newer.conversationId, older.conversationId]);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: older.conversationId, body: 'again', clientMessageId: randomUUID() } }, older.visitorToken);
    expect(await order()).toEqual([older.conversationId, newer.conversationId]);
    const [listed] = (await gqlData(t.url, `{ conversations(first: 1) { edges { node { lastMessageAt messages(last: 1) { edges { node { createdAt } } } } } } }`, {}, w.ownerToken)).conversations.edges;
    expect(listed.node.lastMessageAt).toBe(listed.node.messages.edges[0].node.createdAt);
  });

  it('snoozes out of the open inbox until the time passes, woken by another process than the one that snoozed', async () => {
    const w = await createWorkspaceFixture(t.url, 'Snooze');
    const ticket = await createTicket(w.ownerToken, { email: 's@example.com', subject: 'Call back tomorrow' });
    const openInbox = { status: ['OPEN', 'PENDING'], isSnoozed: false };
    expect(await ids(w.ownerToken, openInbox)).toEqual([ticket.id]);

    const bad = async (input: Record<string, unknown>) => (await gql(t.url, SNOOZE, { input }, w.ownerToken)).errors?.[0]?.extensions?.code;
    expect(await bad({ conversationId: ticket.id, until: new Date(Date.now() - 60_000).toISOString() })).toBe('BAD_USER_INPUT');
    expect(await bad({ conversationId: ticket.id, until: new Date(Date.now() + 400 * 24 * 3600_000).toISOString() })).toBe('BAD_USER_INPUT');

    // Snoozed through a second server on the same database, which then stops: the first wakes it.
    const other = await startTestApp({ provider, databaseUrl: t.databaseUrl, config: { routing: { sweepIntervalMs: 60_000 } } });
    // Long enough that the checks below still see it snoozed on a loaded box (1.5 s was not, once).
    const until = new Date(Date.now() + 5_000).toISOString();
    const snoozed = await gqlData(other.url, SNOOZE, { input: { conversationId: ticket.id, until } }, w.ownerToken);
    expect(snoozed.snoozeConversation.conversation.snoozedUntil).toBe(until);
    await other.close();
    expect(await ids(w.ownerToken, openInbox)).toEqual([]);
    expect(await ids(w.ownerToken, { isSnoozed: true })).toEqual([ticket.id]);

    await waitUntil(async () => (await ids(w.ownerToken, openInbox)).length === 1, 'the snoozed ticket back in the open inbox', 30_000, { pollMs: 100 });
    const notes = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(first: 10) { edges { node { body internal authorType } } } } }`, { id: ticket.id }, w.ownerToken);
    expect(notes.conversation.messages.edges.map((e: any) => e.node)).toEqual([
      { body: expect.stringMatching(/^Snoozed until /), internal: true, authorType: 'AGENT' },
      { body: 'Snooze ended', internal: true, authorType: 'SYSTEM' },
    ]);
  });

  it('wakes a snoozed conversation when the visitor writes, and refuses to snooze a resolved one', async () => {
    const w = await createWorkspaceFixture(t.url, 'Wake');
    const visitor = await startVisitor(t.url, w.widgetKey);
    const ticket = await createTicket(w.ownerToken, { visitorId: visitor.visitorId, subject: 'Waiting for photos' });
    await gqlData(t.url, SNOOZE, { input: { conversationId: ticket.id, until: new Date(Date.now() + 24 * 3600_000).toISOString() } }, w.ownerToken);
    expect(await ids(w.ownerToken, { isSnoozed: false })).toEqual([]);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: ticket.id, body: 'Here are the photos', clientMessageId: randomUUID() } }, visitor.token);
    expect(await list(w.ownerToken, { isSnoozed: false })).toEqual([{ id: ticket.id, number: ticket.number, snoozedUntil: null }]);

    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId: ticket.id, status: 'RESOLVED' } }, w.ownerToken);
    const refused = await gql(t.url, SNOOZE, { input: { conversationId: ticket.id, until: new Date(Date.now() + 3600_000).toISOString() } }, w.ownerToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
