// Runs examples/webhook-receiver against a real Kefu: a visitor writes, Kefu POSTs the signed
// event, the example verifies it and answers through the API, and the visitor sees the answer.
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReceiver } from '../../examples/webhook-receiver/src/receiver.ts';
import { isSignatureValid } from '../../examples/webhook-receiver/src/verify-signature.ts';
import { createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { freePort } from '../testing/free-port.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { signWebhook } from '../webhooks/webhook-signature.ts';

describeEachStorage('examples/webhook-receiver', (provider) => {
  let t: TestApp;
  let server: Server | null = null;

  beforeAll(async () => {
    t = await startTestApp({ provider, config: { webhooks: { pollIntervalMs: 50 } } });
  });
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await t.close();
  });

  it('verifies Kefu signatures the way Kefu makes them, and refuses stale or forged ones', () => {
    const now = Math.floor(Date.now() / 1000);
    const body = '{"id":"e1"}';
    expect(isSignatureValid('whsec_a', body, String(now), signWebhook('whsec_a', now, body))).toBe(true);
    expect(isSignatureValid('whsec_b', body, String(now), signWebhook('whsec_a', now, body))).toBe(false);
    expect(isSignatureValid('whsec_a', `${body} `, String(now), signWebhook('whsec_a', now, body))).toBe(false);
    expect(isSignatureValid('whsec_a', body, String(now - 600), signWebhook('whsec_a', now - 600, body))).toBe(false);
  });

  it('answers a visitor through the API after a signed webhook', async () => {
    const ws = await createWorkspaceFixture(t.url);
    const botToken = (await gqlData(t.url, `mutation { createApiKey(input: { name: "echo", role: BOT }) { token } }`, {}, ws.ownerToken)).createApiKey.token;
    const port = await freePort();
    const created = await gqlData(
      t.url,
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
      { input: { url: `http://127.0.0.1:${port}/`, events: ['message.created'] } },
      ws.ownerToken,
    );
    server = createReceiver({ secret: created.createWebhookEndpoint.secret, graphqlUrl: t.url, botToken });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    const conversation = await startVisitorConversation(t.url, ws.widgetKey, 'hello bot');
    const history = async () =>
      (
        await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(first: 20) { edges { node { body authorType } } } } }`, { id: conversation.conversationId }, conversation.visitorToken)
      ).conversation.messages.edges.map((e: { node: { body: string; authorType: string } }) => `${e.node.authorType}: ${e.node.body}`);
    await waitUntil(async () => (await history()).includes('BOT: You said: hello bot'), 'the example bot reply');
    // Its own reply (authorType BOT) reached it too, and it stayed quiet: one answer.
    expect((await history()).filter((line: string) => line.startsWith('BOT:'))).toEqual(['BOT: You said: hello bot']);
  });
});
