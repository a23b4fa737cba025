// A WEBHOOK agent bot through the API on every database: the visitor's message on the bot's turn
// reaches the bot's URL as a signed `agent_bot.message` POST (id = the message id), the bot answers
// through the API with its BOT key, and the built-in bot stays quiet.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { freePort } from '../testing/free-port.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { createTestWebhookReceiver, type TestWebhookReceiver } from '../testing/webhook-receiver.ts';
import { isWebhookSignatureValid } from '../webhooks/webhook-signature.ts';

describeEachStorage('a WEBHOOK agent bot', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let receiver: TestWebhookReceiver;

  beforeAll(async () => {
    receiver = createTestWebhookReceiver(await freePort());
    await receiver.listen();
    t = await startTestApp({ provider, config: { bot: { enabled: true }, webhooks: { pollIntervalMs: 100, retryBaseMs: 100, retryMaxMs: 300, disableAfterFailures: 2 } } });
    ws = await createWorkspaceFixture(t.url);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('gets the visitor’s message as a signed POST and answers through the API', async () => {
    const created = (
      await gqlData(
        t.url,
        `mutation($input: CreateAgentBotInput!) { createAgentBot(input: $input) { token agentBot { id mode webhookSecret } } }`,
        { input: { name: 'Hook bot', mode: 'WEBHOOK', webhookUrl: receiver.url } },
        ws.ownerToken,
      )
    ).createAgentBot;
    const secret = created.agentBot.webhookSecret as string;
    expect(secret).toMatch(/\S{16,}/);

    const visitorToken = (await gqlData(t.url, `mutation($k: String!) { startVisitorSession(input: { widgetKey: $k }) { token } }`, { k: ws.widgetKey })).startVisitorSession.token as string;
    const started = await gqlData(
      t.url,
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } message { id } } }`,
      { input: { firstMessage: { body: 'Do you ship to Canada?', clientMessageId: randomUUID() } } },
      visitorToken,
    );
    const conversationId = started.startConversation.conversation.id as string;
    const messageId = started.startConversation.message.id as string;

    await waitUntil(() => receiver.received.length > 0, 'the bot’s webhook to be called', 30_000, { pollMs: 50 });
    const [post] = receiver.received;
    expect(post!.headers['kefu-webhook-event']).toBe('agent_bot.message');
    expect(post!.headers['kefu-webhook-id']).toBe(messageId);
    expect(isWebhookSignatureValid(secret, { timestamp: String(post!.headers['kefu-webhook-timestamp']), signature: String(post!.headers['kefu-webhook-signature']) }, post!.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(isWebhookSignatureValid('not-the-secret', { timestamp: String(post!.headers['kefu-webhook-timestamp']), signature: String(post!.headers['kefu-webhook-signature']) }, post!.body, Math.floor(Date.now() / 1000))).toBe(false);
    expect(post!.json.data).toMatchObject({ conversationId, agentBotId: created.agentBot.id, message: { id: messageId, body: 'Do you ship to Canada?', authorType: 'VISITOR' } });

    await gqlData(t.url, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`, { input: { conversationId, body: 'Yes, in 5–8 days.', clientMessageId: randomUUID() } }, created.token);
    const history = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(first: 20) { edges { node { body authorType agentBot { name } } } } } }`, { id: conversationId }, ws.ownerToken);
    const bodies = history.conversation.messages.edges.map((e: any) => e.node);
    expect(bodies.filter((m: any) => m.authorType === 'BOT').map((m: any) => m.agentBot?.name ?? 'built-in')).toEqual(['Hook bot']);
  });

  it('rotates its webhook secret with rotateWebhookSecret, the way a leaked endpoint secret is replaced', async () => {
    const before = (await gqlData(t.url, `{ agentBots { id webhookSecret } }`, {}, ws.ownerToken)).agentBots[0];
    const endpoint = await t.app.deps.db.webhookEndpoint.findFirstOrThrow({ where: { managedBy: `agent-bot:${before.id}` } });
    const rotated = (await gqlData(t.url, `mutation($input: WebhookEndpointIdInput!) { rotateWebhookSecret(input: $input) { secret } }`, { input: { id: endpoint.id } }, ws.ownerToken)).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(before.webhookSecret);
    expect((await gqlData(t.url, `{ agentBots { webhookSecret } }`, {}, ws.ownerToken)).agentBots[0].webhookSecret).toBe(rotated.secret);
  });

  it('names updateAgentBot when its endpoint is disabled after failures, and comes back with it', async () => {
    const bot = (await gqlData(t.url, `{ agentBots { id } }`, {}, ws.ownerToken)).agentBots[0];
    const managedBy = `agent-bot:${bot.id}`;
    receiver.status = 500;
    try {
      const visitorToken = (await gqlData(t.url, `mutation($k: String!) { startVisitorSession(input: { widgetKey: $k }) { token } }`, { k: ws.widgetKey })).startVisitorSession.token as string;
      await gqlData(t.url, `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`, { input: { firstMessage: { body: 'Anyone there?', clientMessageId: randomUUID() } } }, visitorToken);
      const endpoint = () => t.app.deps.db.webhookEndpoint.findFirstOrThrow({ where: { managedBy } });
      await waitUntil(async () => !(await endpoint()).enabled, 'the bot’s endpoint to be disabled', 30_000, { pollMs: 50 });
      expect((await endpoint()).disabledReason).toMatch(/isEnabled: true with updateAgentBot/);
    } finally {
      receiver.status = 200;
    }
    await gqlData(t.url, `mutation($input: UpdateAgentBotInput!) { updateAgentBot(input: $input) { agentBot { isEnabled } } }`, { input: { id: bot.id, isEnabled: true } }, ws.ownerToken);
    expect(await t.app.deps.db.webhookEndpoint.findFirstOrThrow({ where: { managedBy } })).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('stops posting once the bot is disabled', async () => {
    const bot = (await gqlData(t.url, `{ agentBots { id } }`, {}, ws.ownerToken)).agentBots[0];
    await gqlData(t.url, `mutation($input: UpdateAgentBotInput!) { updateAgentBot(input: $input) { agentBot { isEnabled } } }`, { input: { id: bot.id, isEnabled: false } }, ws.ownerToken);
    const endpoint = await t.app.deps.db.webhookEndpoint.findFirstOrThrow({ where: { managedBy: `agent-bot:${bot.id}` } });
    expect(endpoint.enabled).toBe(false);
  });
});
