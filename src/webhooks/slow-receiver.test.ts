// One slow receiver holds up only its own deliveries: a process claims and POSTs the next due
// deliveries while an earlier POST still waits for its answer (up to webhooks.timeoutMs).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { freePort } from '../testing/free-port.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { createTestWebhookReceiver, type TestWebhookReceiver } from '../testing/webhook-receiver.ts';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
const TIMEOUT_MS = 6_000;

describeEachStorage('a slow webhook receiver', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let fast: TestWebhookReceiver;
  let silent: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    fast = createTestWebhookReceiver(await freePort());
    await fast.listen();
    const silentPort = await freePort();
    silent = createServer((req) => req.resume()); // reads the POST, never answers
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(silentPort, '127.0.0.1', resolve));
    t = await startTestApp({ provider, config: { webhooks: { pollIntervalMs: 50, timeoutMs: TIMEOUT_MS, leaseMs: TIMEOUT_MS * 2 } } });
    ws = await createWorkspaceFixture(t.url);
    await gqlData(t.url, CREATE, { input: { url: `http://127.0.0.1:${silentPort}/hooks`, events: ['message.created'] } }, ws.ownerToken);
    await gqlData(t.url, CREATE, { input: { url: fast.url, events: ['message.created'] } }, ws.ownerToken);
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await t?.close();
    await fast?.close();
    await new Promise((resolve) => silent?.close(resolve));
  });

  it('does not hold up the next events for other endpoints', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    await waitUntil(() => fast.received.length >= 1, 'the first event at the fast receiver', 10_000, { pollMs: 20 });
    const sentAt = Date.now();
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'second', clientMessageId: randomUUID() } }, visitor.visitorToken);
    await waitUntil(() => fast.received.some((r) => r.json.message?.body === 'second'), 'the second event at the fast receiver', 20_000, { pollMs: 20 });
    expect(Date.now() - sentAt).toBeLessThan(TIMEOUT_MS / 2);
  });
});
