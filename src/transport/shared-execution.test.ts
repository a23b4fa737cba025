// Execute once: identical conversationEvents subscriptions share one execution per event (per
// audience only when the selection can see the caller), and clients still receive ordinary
// graphql-ws `next` frames.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { openAckedSocket, type RawSocket } from '../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const EVENTS = `subscription Events($id: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $id, afterSeq: $afterSeq) { ... on Message { seq body internal authorType } }
}`;
// authorAgent is resolved with the caller's context (a lookup), so its results are shared per audience.
const EVENTS_WITH_AUTHOR = `subscription Events($id: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $id, afterSeq: $afterSeq) { ... on Message { seq body internal authorType authorAgent { id } } }
}`;
// A fragment spread at the root makes the operation unshareable: it runs the ordinary path.
const EVENTS_UNSHARED = `subscription Events($id: ID!, $afterSeq: Int) { ...F }
fragment F on Subscription { conversationEvents(conversationId: $id, afterSeq: $afterSeq) { ... on Message { seq body internal authorType } } }`;

async function executions(t: TestApp): Promise<number> {
  return (await t.app.deps.metrics.sharedExecutions.get()).values[0]?.value ?? 0;
}

describe('execute once per event for identical subscriptions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    { selection: 'reads only the event', query: EVENTS, perEvent: (staffEvents: number) => staffEvents },
    { selection: 'can see the caller', query: EVENTS_WITH_AUTHOR, perEvent: (staffEvents: number, visitorEvents: number) => staffEvents + visitorEvents },
  ])('executes each live event once for all sockets whose selection $selection, whatever their afterSeq', async ({ query, perEvent }) => {
    const ws = await createWorkspaceFixture(t.url);
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, ws.widgetKey, 'first');
    const staff: RawSocket[] = [];
    const visitors: RawSocket[] = [];
    for (let i = 0; i < 5; i++) staff.push(await openAckedSocket(t.wsUrl, ws.ownerToken));
    for (let i = 0; i < 3; i++) visitors.push(await openAckedSocket(t.wsUrl, visitorToken));
    const plain = await openAckedSocket(t.wsUrl, ws.ownerToken);
    // Different afterSeq values (0 replays the first message, 1 replays nothing) still share a key.
    for (const [i, socket] of [...staff, ...visitors].entries()) {
      socket.send({ id: `s${i}`, type: 'subscribe', payload: { query, operationName: 'Events', variables: { id: conversationId, afterSeq: i % 2 } } });
    }
    plain.send({ id: 'p', type: 'subscribe', payload: { query: EVENTS_UNSHARED, operationName: 'Events', variables: { id: conversationId, afterSeq: 0 } } });
    for (const [i, socket] of [...staff, ...visitors].entries()) {
      if (i % 2 === 0) expect((await socket.next('next')).payload.data.conversationEvents.seq).toBe(1);
    }
    expect((await plain.next('next')).payload.data.conversationEvents.seq).toBe(1);
    const before = await executions(t);

    const bodies = ['one', 'two', 'three', 'four'];
    for (const body of bodies) {
      await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, ws.ownerToken);
    }
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'note', internal: true, clientMessageId: randomUUID() } }, ws.ownerToken);

    const seen = async (socket: RawSocket, count: number) => {
      const out = [];
      for (let i = 0; i < count; i++) out.push((await socket.next('next')).payload.data.conversationEvents);
      return out;
    };
    const plainEvents = await seen(plain, 5);
    // authorAgent aside (what a visitor may read of an agent is not this test's concern), every socket sees the plain stream.
    const withoutAuthor = (events: Record<string, unknown>[]) => events.map(({ authorAgent: _authorAgent, ...rest }) => rest);
    for (const socket of staff) expect(withoutAuthor(await seen(socket, 5))).toEqual(plainEvents);
    for (const socket of visitors) expect(withoutAuthor(await seen(socket, 4))).toEqual(plainEvents.filter((e) => !e.internal));
    expect(plainEvents.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);

    // Executed once per event for all the sockets (or once per audience), not per socket.
    expect((await executions(t)) - before).toBe(perEvent(5, 4));
    for (const socket of [...staff, ...visitors, plain]) {
      await socket.roundTrip();
      socket.close();
    }
  });

  it("keeps executing for the rest once the socket whose arguments the group runs with has gone", async () => {
    const ws = await createWorkspaceFixture(t.url);
    const { conversationId } = await startVisitorConversation(t.url, ws.widgetKey, 'hello');
    const [first, second] = [await openAckedSocket(t.wsUrl, ws.ownerToken), await openAckedSocket(t.wsUrl, ws.ownerToken)];
    for (const [i, socket] of [first, second].entries()) {
      socket.send({ id: `s${i}`, type: 'subscribe', payload: { query: EVENTS_WITH_AUTHOR, operationName: 'Events', variables: { id: conversationId, afterSeq: 0 } } });
      expect((await socket.next('next')).payload.data.conversationEvents.seq).toBe(1);
    }
    first.close();
    await second.roundTrip();
    const before = await executions(t);

    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'after the first left', clientMessageId: randomUUID() } }, ws.ownerToken);
    const event = (await second.next('next')).payload.data.conversationEvents;
    expect(event).toMatchObject({ seq: 2, body: 'after the first left', authorType: 'AGENT', authorAgent: { id: expect.any(String) } });
    expect((await executions(t)) - before).toBe(1);
    second.close();
  });

  it('frames shared results exactly like graphql-ws: id, type next, payload', async () => {
    const ws = await createWorkspaceFixture(t.url);
    const { conversationId } = await startVisitorConversation(t.url, ws.widgetKey, 'hello');
    const a = await openAckedSocket(t.wsUrl, ws.ownerToken);
    const b = await openAckedSocket(t.wsUrl, ws.ownerToken);
    const raw: string[] = [];
    a.ws.on('message', (data) => raw.push(String(data)));
    a.send({ id: 'x"1', type: 'subscribe', payload: { query: EVENTS, operationName: 'Events', variables: { id: conversationId, afterSeq: 0 } } });
    b.send({ id: 'y', type: 'subscribe', payload: { query: EVENTS, operationName: 'Events', variables: { id: conversationId, afterSeq: 0 } } });
    await a.next('next');
    await b.next('next');
    expect(JSON.parse(raw[0]!)).toEqual({ id: 'x"1', type: 'next', payload: { data: { conversationEvents: { seq: 1, body: 'hello', internal: false, authorType: 'VISITOR' } } } });
    a.close();
    b.close();
  });
});
