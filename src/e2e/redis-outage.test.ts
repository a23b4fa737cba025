// While Redis is down, the instance that stored an event still delivers it to its own subscribers
// (writer-local first), typing included; the other instance gets the missed events from storage
// once Redis is back. Two instances on one SQLite file and a private redis-server, killed mid-test.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, CONVERSATION_EVENTS, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../testing/private-redis.ts';
import { describeWhen } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const TYPING = `subscription($id: ID!) { typingEvents(conversationId: $id) { participant isTyping } }`;
const SET_TYPING = `mutation($input: SetTypingInput!) { setTyping(input: $input) { isTyping } }`;

describeWhen(hasRedisServer() ? null : 'redis-server is not installed', 'a Redis outage delays only remote delivery', () => {
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    redis = await startPrivateRedis();
    const config = { redis: { url: redis.url, keyPrefix: `kefu-outage-${randomUUID()}:` } };
    a = await startTestApp({ config });
    b = await startTestApp({ config, databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.close();
  });

  it('delivers on the writer at once, typing included, and to the other instance after Redis is back', async () => {
    const ws = await createWorkspaceFixture(a.url);
    const { conversationId, visitorToken } = await startVisitorConversation(a.url, ws.widgetKey, 'first');
    const onA = openWsClient(a.wsUrl, ws.ownerToken);
    const onB = openWsClient(b.wsUrl, ws.ownerToken);
    const eventsOnA = subscribe<any>(onA, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 1 });
    const eventsOnB = subscribe<any>(onB, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 1 });
    const typingOnA = subscribe<any>(onA, TYPING, { id: conversationId });
    const send = (body: string) => gqlData(a.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, visitorToken);
    // The first event through Redis proves B's subscription is in place.
    await send('before');
    await eventsOnB.waitFor(1);
    await eventsOnA.waitFor(1);

    await redis.kill();
    await send('during the outage');
    const [, during] = await eventsOnA.waitFor(2);
    expect(during.conversationEvents.body).toBe('during the outage');
    await gqlData(a.url, SET_TYPING, { input: { conversationId, isTyping: true } }, visitorToken);
    const [typing] = await typingOnA.waitFor(1);
    expect(typing.typingEvents.isTyping).toBe(true);
    // Redis is still down: B has only what came before.
    expect(eventsOnB.received.map((e) => e.conversationEvents.body)).toEqual(['before']);

    await redis.restart();
    const onBAfter = await eventsOnB.waitFor(2);
    expect(onBAfter.map((e) => e.conversationEvents.seq)).toEqual([2, 3]);
    expect(eventsOnA.received.map((e) => e.conversationEvents.seq)).toEqual([2, 3]);
    await Promise.all([onA.dispose(), onB.dispose()]);
  }, 60_000);
});
