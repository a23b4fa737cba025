// The queue as the visitor sees it (position updates, max wait), transfer with an internal note,
// auto-reassign when the assignee does not reply, and business hours; on both databases.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CONVERSATION_EVENTS, createWorkspaceFixture, SEND_MESSAGE } from '../../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../../testing/graphql-client.ts';
import { createOnlineAgent, resolveConversation, setRoutingSettings, startRoutedConversation, startVisitor, type OnlineAgent } from '../../testing/routing-fixtures.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const QUEUE_STATUS = `subscription($id: ID!) { queueStatus(conversationId: $id) { state position etaSeconds } }`;
const INBOX = `subscription { inboxEvents { reason conversation { id assignee { id } } } }`;

describeEachStorage('queue and workflow', (provider) => {
  let t: TestApp;
  const disposers: (() => void | Promise<void>)[] = [];
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { routing: { sweepIntervalMs: 100 } } });
  });
  afterAll(async () => {
    await Promise.all(disposers.map((d) => d()));
    await t.close();
  });
  const online = async (token: string, routing: { maxConcurrent?: number } = {}): Promise<OnlineAgent> => {
    const agent = await createOnlineAgent(t.url, t.wsUrl, token, routing);
    disposers.push(() => agent.client.dispose());
    return agent;
  };
  const ws = (token?: string) => {
    const client = openWsClient(t.wsUrl, token);
    disposers.push(() => client.dispose());
    return client;
  };

  it('shows the visitor their position as the queue moves, then the offline reply after the max wait', async () => {
    const w = await createWorkspaceFixture(t.url);
    await online(w.ownerToken, { maxConcurrent: 1 });
    const first = await startRoutedConversation(t.url, (await startVisitor(t.url, w.widgetKey)).token);
    await startRoutedConversation(t.url, (await startVisitor(t.url, w.widgetKey)).token);
    const third = await startVisitor(t.url, w.widgetKey);
    const mine = await startRoutedConversation(t.url, third.token);
    expect(mine.queueState).toBe('WAITING');

    const status = subscribe<any>(ws(third.token), QUEUE_STATUS, { id: mine.id });
    expect((await status.next()).queueStatus).toMatchObject({ state: 'WAITING', position: 2 });
    expect((await status.waitFor(1))[0].queueStatus.etaSeconds).toBeGreaterThan(0);
    await resolveConversation(t.url, w.ownerToken, first.id);
    expect((await status.next()).queueStatus).toMatchObject({ state: 'WAITING', position: 1 });

    await setRoutingSettings(t.url, w.ownerToken, { maxQueueWaitSeconds: 1, offlineReply: 'Leave us a message' });
    expect((await status.next()).queueStatus).toEqual({ state: 'OFFLINE', position: null, etaSeconds: null });
    const history = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(last: 1) { edges { node { authorType body data } } } } }`, { id: mine.id }, third.token);
    expect(history.conversation.messages.edges[0].node).toMatchObject({ authorType: 'SYSTEM', body: 'Leave us a message', data: { form: 'LEAVE_MESSAGE', reason: 'QUEUE_TIMEOUT' } });
    status.stop();
  });

  it('transfers to an agent with an internal note the visitor never sees, and to a department', async () => {
    const w = await createWorkspaceFixture(t.url);
    const [a, b] = [await online(w.ownerToken), await online(w.ownerToken)];
    const visitor = await startVisitor(t.url, w.widgetKey);
    const conversation = await startRoutedConversation(t.url, visitor.token);
    const [from, to] = conversation.assigneeId === a.agentId ? [a, b] : [b, a];
    const { conversation: current } = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { lastSeq } }`, { id: conversation.id }, w.ownerToken);
    const visitorStream = subscribe<any>(ws(visitor.token), CONVERSATION_EVENTS, { id: conversation.id, afterSeq: current.lastSeq });
    const staffStream = subscribe<any>(ws(w.ownerToken), CONVERSATION_EVENTS, { id: conversation.id, afterSeq: current.lastSeq });

    const TRANSFER = `mutation($input: TransferConversationInput!) { transferConversation(input: $input) { conversation { assignee { id } } } }`;
    const moved = await gqlData(t.url, TRANSFER, { input: { conversationId: conversation.id, agentId: to.agentId, note: 'VIP, refund approved' } }, from.token);
    expect(moved.transferConversation.conversation.assignee.id).toBe(to.agentId);
    const staffSeen = (await staffStream.waitFor(2)).map((e) => [e.conversationEvents.kind, e.conversationEvents.internal, e.conversationEvents.body]);
    // The note follows the assignment: a refused transfer leaves none.
    expect(staffSeen).toEqual([['ASSIGNED', false, 'Agent joined the conversation'], ['TEXT', true, 'VIP, refund approved']]);
    expect((await visitorStream.next()).conversationEvents).toMatchObject({ kind: 'ASSIGNED', seq: staffStream.received[0]!.conversationEvents.seq });

    const department = await gqlData(t.url, `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }`, { input: { name: 'Billing', memberIds: [from.agentId] } }, w.ownerToken);
    const toDepartment = await gqlData(t.url, TRANSFER, { input: { conversationId: conversation.id, departmentId: department.createDepartment.department.id } }, w.ownerToken);
    expect(toDepartment.transferConversation.conversation.assignee.id).toBe(from.agentId);
    visitorStream.stop();
    staffStream.stop();
  });

  it('reassigns when the assignee does not reply in time', async () => {
    const w = await createWorkspaceFixture(t.url);
    const [a, b] = [await online(w.ownerToken), await online(w.ownerToken)];
    const inbox = subscribe<any>(ws(w.ownerToken), INBOX);
    await inbox.waitFor(0);
    const visitor = await startVisitor(t.url, w.widgetKey);
    const conversation = await startRoutedConversation(t.url, visitor.token);
    await setRoutingSettings(t.url, w.ownerToken, { autoReassignSeconds: 1 });
    const other = conversation.assigneeId === a.agentId ? b : a;
    for (;;) {
      const event = (await inbox.next()).inboxEvents;
      if (event.reason === 'TRANSFERRED' && event.conversation.id === conversation.id) {
        expect(event.conversation.assignee.id).toBe(other.agentId);
        break;
      }
    }
    // The new assignee answers: the timer stops (no further reassignment is due).
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: conversation.id, body: 'Here to help', clientMessageId: randomUUID() } }, other.token);
    const state = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { assignee { id } } }`, { id: conversation.id }, w.ownerToken);
    expect(state.conversation.assignee.id).toBe(other.agentId);
    inbox.stop();
  });

  it('answers out of business hours with the out-of-hours reply instead of queueing', async () => {
    const w = await createWorkspaceFixture(t.url);
    await online(w.ownerToken);
    const today = new Date().getUTCDay() || 7;
    const otherDay = (today % 7) + 1;
    await gqlData(
      t.url,
      `mutation($input: SetBusinessHoursInput!) { setBusinessHours(input: $input) { workspace { businessHours { timezone } } } }`,
      { input: { timezone: 'UTC', intervals: [{ day: otherDay, open: '00:00', close: '24:00' }], outOfHoursReply: 'We are closed; back tomorrow.' } },
      w.ownerToken,
    );
    const visitor = await startVisitor(t.url, w.widgetKey);
    const conversation = await startRoutedConversation(t.url, visitor.token);
    expect(conversation).toMatchObject({ queueState: 'OFFLINE', assigneeId: null });
    const history = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(last: 1) { edges { node { body data } } } } }`, { id: conversation.id }, visitor.token);
    expect(history.conversation.messages.edges[0].node).toMatchObject({ body: 'We are closed; back tomorrow.', data: { reason: 'OUT_OF_HOURS' } });
  });
});
