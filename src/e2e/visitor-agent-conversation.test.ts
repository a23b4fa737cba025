// The README walk-through as a journey over real HTTP and WebSocket, on both databases.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, CONVERSATION_EVENTS, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

describeEachStorage('visitor and agent converse', (provider) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ provider });
  });
  afterAll(() => t.close());

  it('delivers messages both ways on subscriptions, hides internal notes from the visitor, and finds history', async () => {
    const ws = await createWorkspaceFixture(t.url);
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, ws.widgetKey, '我想申请退款 for order 42');
    const agentClient = openWsClient(t.wsUrl, ws.ownerToken);
    const visitorClient = openWsClient(t.wsUrl, visitorToken);
    const agentStream = subscribe<any>(agentClient, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 0 });
    const visitorStream = subscribe<any>(visitorClient, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 0 });
    expect((await agentStream.next()).conversationEvents).toMatchObject({ seq: 1, body: '我想申请退款 for order 42', authorType: 'VISITOR' });
    expect((await visitorStream.next()).conversationEvents.seq).toBe(1);

    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'Checking order 42 now', clientMessageId: randomUUID() } }, ws.ownerToken);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'VIP customer', internal: true, clientMessageId: randomUUID() } }, ws.ownerToken);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: '谢谢', clientMessageId: randomUUID() } }, visitorToken);

    const agentSeen = (await agentStream.waitFor(4)).map((e) => [e.conversationEvents.seq, e.conversationEvents.body]);
    expect(agentSeen).toEqual([[1, '我想申请退款 for order 42'], [2, 'Checking order 42 now'], [3, 'VIP customer'], [4, '谢谢']]);
    const visitorSeen = (await visitorStream.waitFor(3)).map((e) => e.conversationEvents.seq);
    expect(visitorSeen).toEqual([1, 2, 4]);

    const search = await gqlData(t.url, `query($q: String!) { searchMessages(query: $q) { seq body } }`, { q: '退款' }, ws.ownerToken);
    expect(search.searchMessages).toEqual([{ seq: 1, body: '我想申请退款 for order 42' }]);
    // One character, even the last of its run (which no bigram starts with): 款, and 谢 of 谢谢.
    for (const [q, seqs] of [['款', [1]], ['谢', [4]], ['申 款', [1]]] as const) {
      const one = await gqlData(t.url, `query($q: String!) { searchMessages(query: $q) { seq } }`, { q }, ws.ownerToken);
      expect(one.searchMessages.map((m: { seq: number }) => m.seq), q).toEqual(seqs);
    }
    const english = await gqlData(t.url, `query($q: String!) { searchMessages(query: $q) { seq } }`, { q: 'ORDER 42' }, ws.ownerToken);
    expect(english.searchMessages.map((m: { seq: number }) => m.seq)).toEqual([2, 1]);

    agentStream.stop();
    visitorStream.stop();
    await Promise.all([agentClient.dispose(), visitorClient.dispose()]);
  });

  it('catches an inbox up on conversations changed since a time, then streams live', async () => {
    const ws = await createWorkspaceFixture(t.url);
    const before = new Date(Date.now() - 1000).toISOString();
    const first = await startVisitorConversation(t.url, ws.widgetKey, 'first');
    const client = openWsClient(t.wsUrl, ws.ownerToken);
    const inbox = subscribe<any>(client, `subscription($since: DateTime) { inboxEvents(since: $since) { reason conversation { id } } }`, { since: before });
    expect((await inbox.next()).inboxEvents).toEqual({ reason: 'UPDATED', conversation: { id: first.conversationId } });
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: first.conversationId, body: 'live', clientMessageId: randomUUID() } }, ws.ownerToken);
    expect((await inbox.next()).inboxEvents).toEqual({ reason: 'MESSAGE', conversation: { id: first.conversationId } });
    inbox.stop();
    await client.dispose();
  });
});
