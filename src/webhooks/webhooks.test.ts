// Signed webhooks through the API on every database: a valid signature, retries across a restart,
// two processes on one outbox, automatic disable and replay.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { freePort } from '../testing/free-port.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { createTestDatabase, startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { createTestWebhookReceiver, type TestWebhookReceiver } from '../testing/webhook-receiver.ts';
import { claimWebhookDeliveries } from './claim-webhook-deliveries.ts';
import { isWebhookSignatureValid } from './webhook-signature.ts';

const FAST = { webhooks: { pollIntervalMs: 50, retryBaseMs: 100, retryMaxMs: 300, timeoutMs: 2_000, leaseMs: 10_000, disableAfterFailures: 4 } };
// Slow enough retries that the endpoint is not disabled while the receiver is down.
const PATIENT = { webhooks: { ...FAST.webhooks, retryBaseMs: 1_000, retryMaxMs: 1_000 } };
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id enabled events } } }`;
const ENDPOINTS = `{ webhookEndpoints { id enabled disabledReason consecutiveFailures deliveries(first: 100) { id eventId eventType status attempts lastError } } }`;

async function createEndpoint(url: string, token: string, receiverUrl: string, events = ['message.created']) {
  const created = (await gqlData(url, CREATE, { input: { url: receiverUrl, events } }, token)).createWebhookEndpoint;
  return { id: created.endpoint.id as string, secret: created.secret as string };
}

async function endpointState(url: string, token: string, id: string) {
  const { webhookEndpoints } = await gqlData(url, ENDPOINTS, {}, token);
  return webhookEndpoints.find((e: { id: string }) => e.id === id);
}

const sendAsVisitor = (url: string, token: string, conversationId: string, body: string) =>
  gqlData(url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, token);

describeEachStorage('signed webhooks', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  const receivers: TestWebhookReceiver[] = [];
  const extraApps: TestApp[] = [];

  const startReceiver = async () => {
    const receiver = createTestWebhookReceiver(await freePort());
    receivers.push(receiver);
    await receiver.listen();
    return receiver;
  };

  beforeAll(async () => {
    t = await startTestApp({ provider, config: FAST });
    ws = await createWorkspaceFixture(t.url);
  });
  afterEach(async () => {
    await Promise.all(extraApps.splice(0).map((app) => app.close()));
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });
  afterAll(() => t.close());

  it('validates endpoint input and says what to send', async () => {
    const bad = await gql(t.url, CREATE, { input: { url: 'ftp://example.com/x', events: ['message.sent'] } }, ws.ownerToken);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0]?.extensions?.issues)).toMatch(/http:\/\/ or https:\/\/ URL.*Use event names Kefu sends/);
  });

  it('delivers message.created with a valid signature and an idempotency key', async () => {
    const receiver = await startReceiver();
    const { secret } = await createEndpoint(t.url, ws.ownerToken, receiver.url, ['message.created', 'conversation.created']);
    const conversation = await startVisitorConversation(t.url, ws.widgetKey, 'Where is my order?');
    await waitUntil(() => receiver.received.some((r) => r.json.type === 'message.created'), 'the message.created webhook');
    const hook = receiver.received.find((r) => r.json.type === 'message.created')!;
    expect(isWebhookSignatureValid(secret, { timestamp: String(hook.headers['kefu-webhook-timestamp']), signature: String(hook.headers['kefu-webhook-signature']) }, hook.body, Date.now() / 1000)).toBe(true);
    expect(isWebhookSignatureValid('whsec_wrong', { timestamp: String(hook.headers['kefu-webhook-timestamp']), signature: String(hook.headers['kefu-webhook-signature']) }, hook.body, Date.now() / 1000)).toBe(false);
    expect(hook.headers['kefu-webhook-id']).toBe(hook.json.id);
    expect(hook.json).toMatchObject({ type: 'message.created', workspaceId: ws.workspaceId, message: { body: 'Where is my order?', authorType: 'VISITOR' }, conversation: { id: conversation.conversationId } });
    await waitUntil(() => receiver.received.some((r) => r.json.type === 'conversation.created'), 'the conversation.created webhook');
  });

  it('retries while the receiver is down and delivers once after it is back, across a server restart', async () => {
    const receiver = createTestWebhookReceiver(await freePort());
    receivers.push(receiver);
    // One database both servers use, kept when the first one stops.
    const database = await createTestDatabase(provider);
    const first = await startTestApp({ provider, config: PATIENT, databaseUrl: database.url });
    const own = await createWorkspaceFixture(first.url);
    const { id } = await createEndpoint(first.url, own.ownerToken, receiver.url);
    await startVisitorConversation(first.url, own.widgetKey, 'anyone there?');
    await waitUntil(async () => ((await endpointState(first.url, own.ownerToken, id)).deliveries[0]?.attempts ?? 0) >= 2, 'two failed attempts');
    const failed = (await endpointState(first.url, own.ownerToken, id)).deliveries[0];
    expect(failed).toMatchObject({ status: 'PENDING', lastError: expect.stringMatching(/Could not connect/) });
    await first.close();

    await receiver.listen();
    const second = await startTestApp({ provider, config: PATIENT, databaseUrl: database.url });
    extraApps.push({ ...second, close: async () => (await second.close(), await database.drop()) });
    await waitUntil(async () => (await endpointState(second.url, own.ownerToken, id)).deliveries[0]?.status === 'DELIVERED', 'the delivery after the restart');
    expect(receiver.received.map((r) => r.json.id)).toEqual([failed.eventId]);
    expect(receiver.received[0]!.json.message.body).toBe('anyone there?');
  });

  it('never lets two processes deliver the same outbox row', async () => {
    const receiver = await startReceiver();
    const other = await startTestApp({ provider, config: FAST, databaseUrl: t.databaseUrl });
    extraApps.push(other);
    const own = await createWorkspaceFixture(t.url);
    const { id } = await createEndpoint(t.url, own.ownerToken, receiver.url);
    const conversation = await startVisitorConversation(t.url, own.widgetKey, 'm0');
    for (let i = 1; i < 12; i++) await sendAsVisitor(i % 2 ? other.url : t.url, conversation.visitorToken, conversation.conversationId, `m${i}`);
    await waitUntil(async () => (await endpointState(t.url, own.ownerToken, id)).deliveries.filter((d: { status: string }) => d.status === 'DELIVERED').length === 12, 'twelve deliveries');
    const ids = receiver.received.map((r) => r.json.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect((await endpointState(t.url, own.ownerToken, id)).deliveries.every((d: { attempts: number }) => d.attempts === 1)).toBe(true);
  });

  it('claims a due row for exactly one of two concurrent claimers', async () => {
    const own = await createWorkspaceFixture(t.url);
    const endpoint = await t.app.deps.db.webhookEndpoint.create({ data: { workspaceId: own.workspaceId, url: 'http://127.0.0.1:9/x', secret: 's', events: [], enabled: false } });
    // The app's own poller (every 50 ms here) claims due rows too, and on a loaded box it can take
    // all of a round before the two claimers run: rounds go on until the claimers got some.
    let claimedByThem = 0;
    for (let round = 0; round < 5 && claimedByThem === 0; round++) {
      await t.app.deps.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } });
      const rows = await Promise.all(
        Array.from({ length: 10 }, (_, i) => t.app.deps.db.webhookDelivery.create({ data: { workspaceId: own.workspaceId, endpointId: endpoint.id, eventId: `r${round}-e${i}`, eventType: 'message.created', body: '{}' } })),
      );
      await t.app.deps.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: true } });
      // Two claimers at once (their statements interleave on the database); the cross-process case is the test above.
      const [a, b] = await Promise.all([claimWebhookDeliveries(t.app.deps, 'a'), claimWebhookDeliveries(t.app.deps, 'b')]);
      const mine = (list: { id: string }[]) => list.map((d) => d.id).filter((x) => rows.some((r) => r.id === x));
      expect(mine(a).filter((x) => mine(b).includes(x))).toEqual([]);
      claimedByThem = mine(a).length + mine(b).length;
    }
    expect(claimedByThem).toBeGreaterThan(0);
    await t.app.deps.db.webhookEndpoint.delete({ where: { id: endpoint.id } });
  });

  it('disables an endpoint after repeated failures with a notice, and resumes when enabled again', async () => {
    const receiver = await startReceiver();
    receiver.status = 500;
    const own = await createWorkspaceFixture(t.url);
    const { id } = await createEndpoint(t.url, own.ownerToken, receiver.url);
    await startVisitorConversation(t.url, own.widgetKey, 'hello?');
    await waitUntil(async () => (await endpointState(t.url, own.ownerToken, id)).enabled === false, 'the automatic disable', 60_000);
    const disabled = await endpointState(t.url, own.ownerToken, id);
    expect(disabled.disabledReason).toMatch(/failed attempts in a row.*HTTP 500.*updateWebhookEndpoint/);
    receiver.status = 200;
    await gqlData(t.url, `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { enabled } } }`, { input: { id, enabled: true } }, own.ownerToken);
    await waitUntil(() => receiver.received.length === 1, 'the delivery after enabling');
    expect((await endpointState(t.url, own.ownerToken, id)).disabledReason).toBeNull();
  });

  it('replays a delivery with the same body and idempotency key', async () => {
    const receiver = await startReceiver();
    const own = await createWorkspaceFixture(t.url);
    const { id } = await createEndpoint(t.url, own.ownerToken, receiver.url);
    await startVisitorConversation(t.url, own.widgetKey, 'replay me');
    await waitUntil(() => receiver.received.length === 1, 'the first delivery');
    const [delivery] = (await endpointState(t.url, own.ownerToken, id)).deliveries;
    const replay = await gqlData(t.url, `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { id status replayOf } }`, { input: { deliveryId: delivery.id } }, own.ownerToken);
    expect(replay.replayWebhookDelivery).toMatchObject({ status: 'PENDING', replayOf: delivery.id });
    await waitUntil(() => receiver.received.length === 2, 'the replay');
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect(receiver.received[1]!.headers['kefu-webhook-id']).toBe(delivery.eventId);
    const forbidden = await gql(t.url, `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { id } }`, { input: { deliveryId: delivery.id } }, ws.ownerToken);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
