// The per-worker conversation fan-out: every stream of a conversation hangs off one bus listener,
// events published out of seq order or lost by the bus are filled in from storage (each once, in
// seq order), and an assignment away from an AGENT ends their stream. The bus here is the
// in-process one with a switch in front of its conversation topics: hold what is published, then
// deliver it in reverse or drop it and signal a gap, as a Redis reconnect would.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createListenerRegistry, createLocalFirstBus, type Bus } from '../events/bus.ts';
import { createAgentFixture, createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { openAckedSocket } from '../testing/raw-ws.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const EVENTS = `subscription($id: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $id, afterSeq: $afterSeq) { ... on Message { seq body internal } }
}`;

const HISTORY = `query($id: ID!) { conversation(id: $id) { messages(afterSeq: 1, first: 100) { edges { node { seq internal } } } } }`;

function createHoldingBus() {
  const registry = createListenerRegistry();
  const inner = createLocalFirstBus('memory', registry, []);
  let held: [Parameters<Bus['publish']>[0], unknown][] | null = null;
  const bus: Bus = {
    ...inner,
    publish(topic, payload) {
      if (!held || !topic.startsWith('conversation:')) return inner.publish(topic, payload);
      held.push([topic, payload]);
      return Promise.resolve();
    },
  };
  return {
    bus,
    registry,
    hold: () => void (held = []),
    async releaseReversed() {
      const events = held!.reverse();
      held = null;
      for (const [topic, payload] of events) await inner.publish(topic, payload as never);
    },
    dropAndSignalGap() {
      held = null;
      registry.signalGap();
    },
  };
}

describeEachStorage('conversation fan-out', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  const holding = createHoldingBus();
  beforeAll(async () => {
    t = await startTestApp({ provider, bus: holding.bus });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t?.close());

  const send = (conversationId: string, token: string, body: string, internal = false) =>
    gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, internal, clientMessageId: randomUUID() } }, token);

  async function followers(conversationId: string, visitorToken: string) {
    const visitorClient = openWsClient(t.wsUrl, visitorToken);
    const staffClient = openWsClient(t.wsUrl, ws.ownerToken);
    // afterSeq 1 (the first message): whatever is sent once the subscribe is on its way is replayed or streamed.
    const visitor = subscribe<{ conversationEvents: { seq: number; body: string; internal: boolean } }>(visitorClient, EVENTS, { id: conversationId, afterSeq: 1 });
    const staff = subscribe<{ conversationEvents: { seq: number; body: string; internal: boolean } }>(staffClient, EVENTS, { id: conversationId, afterSeq: 1 });
    await send(conversationId, visitorToken, 'in step');
    await visitor.waitFor(1);
    await staff.waitFor(1);
    const seqs = (s: typeof visitor) => s.received.map((e) => e.conversationEvents.seq);
    /** Staff got every stored event after seq 1 and the visitor every one but the notes, each once, in seq order. */
    const expectAllDelivered = async () => {
      const history = await gqlData(t.url, HISTORY, { id: conversationId }, ws.ownerToken);
      const stored: { seq: number; internal: boolean }[] = history.conversation.messages.edges.map((e: { node: unknown }) => e.node);
      await expect.poll(() => seqs(staff)).toEqual(stored.map((m) => m.seq));
      await expect.poll(() => seqs(visitor)).toEqual(stored.filter((m) => !m.internal).map((m) => m.seq));
    };
    const close = async () => {
      await visitorClient.dispose();
      await staffClient.dispose();
    };
    return { visitor, staff, seqs, expectAllDelivered, close };
  }

  it('delivers a later seq published before an earlier one in seq order, each once', async () => {
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, ws.widgetKey);
    const f = await followers(conversationId, visitorToken);
    holding.hold();
    await send(conversationId, visitorToken, 'second');
    await send(conversationId, ws.ownerToken, 'staff only', true);
    await send(conversationId, ws.ownerToken, 'third');
    await holding.releaseReversed();
    await f.expectAllDelivered();
    // One more event proves nothing else (a duplicate) was on its way.
    await send(conversationId, visitorToken, 'after');
    await f.expectAllDelivered();
    expect(f.visitor.received.map((e) => e.conversationEvents.body)).toEqual(expect.arrayContaining(['second', 'third', 'after']));
    expect(f.visitor.received.some((e) => e.conversationEvents.internal)).toBe(false);
    await f.close();
  });

  it('re-reads storage after a bus gap, without internal notes for the visitor', async () => {
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, ws.widgetKey);
    const f = await followers(conversationId, visitorToken);
    holding.hold();
    await send(conversationId, visitorToken, 'lost one');
    await send(conversationId, ws.ownerToken, 'lost note', true);
    holding.dropAndSignalGap();
    await f.expectAllDelivered();
    await send(conversationId, visitorToken, 'live again');
    await f.expectAllDelivered();
    expect(f.staff.received.map((e) => e.conversationEvents.body)).toEqual(expect.arrayContaining(['lost one', 'lost note', 'live again']));
    expect(f.visitor.received.some((e) => e.conversationEvents.internal)).toBe(false);
    await f.close();
  });

  it('serves every stream of a conversation from one bus listener, released with the last stream', async () => {
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, ws.widgetKey);
    const topic = `conversation:${conversationId}`;
    const before = t.app.deps.fanOut.topicCount();
    const f = await followers(conversationId, visitorToken);
    const thirdClient = openWsClient(t.wsUrl, visitorToken);
    const third = subscribe(thirdClient, EVENTS, { id: conversationId, afterSeq: 1 });
    await third.waitFor(1);
    expect(t.app.deps.fanOut.topicCount()).toBe(before + 1);
    expect(holding.registry.topics().filter((name) => name === topic)).toHaveLength(1);
    await thirdClient.dispose();
    await f.close();
    await expect.poll(() => holding.registry.topics().includes(topic)).toBe(false);
    expect(t.app.deps.fanOut.topicCount()).toBe(before);
  });

  it("ends an AGENT's stream when the conversation is assigned to someone else, after what came before", async () => {
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, ws.widgetKey);
    const watcher = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const assignee = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const socket = await openAckedSocket(t.wsUrl, watcher.token);
    socket.send({ id: 'e', type: 'subscribe', payload: { query: EVENTS, variables: { id: conversationId, afterSeq: 1 } } });
    await send(conversationId, visitorToken, 'before the transfer');
    expect((await socket.next('next')).payload.data.conversationEvents.body).toBe('before the transfer');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: assignee.agentId } }, ws.ownerToken);
    const ended = await socket.next((m) => m.id === 'e' && m.type !== 'next');
    expect(ended.type).toBe('error');
    expect(ended.payload[0].extensions.code).toBe('FORBIDDEN');
    socket.close();
  });
});
