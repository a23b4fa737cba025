// Webhook targets stay on the public internet unless the server allows its own network: the
// address table, the refusal when an admin saves a private URL, and a real delivery attempt
// through a name that resolves to loopback.
import { lookup } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { freePort } from '../testing/free-port.ts';
import { gql } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { createTestWebhookReceiver, type TestWebhookReceiver } from '../testing/webhook-receiver.ts';
import { isPrivateAddress } from './private-network-guard.ts';
import { sendWebhookRequest } from './send-webhook-request.ts';

describe('private network guard', () => {
  it('tells private, loopback and link-local addresses from public ones', () => {
    for (const address of ['127.0.0.1', '10.2.3.4', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::7f00:1', '64:ff9b::10.0.0.1', '64:ff9b:1::a9fe:a9fe', '2002:c0a8:0101::1', '2002:7f00:1::']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '93.184.216.34', '2606:4700:4700::1111', '64:ff9b::808:808', '64:ff9b::8.8.4.4', '2002:808:808::1']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  describe('with the server defaults', () => {
    let t: TestApp;
    let ws: WorkspaceFixture;
    let receiver: TestWebhookReceiver;

    beforeAll(async () => {
      t = await startTestApp({ config: { webhooks: { allowPrivateNetworks: false } } });
      ws = await createWorkspaceFixture(t.url);
      receiver = createTestWebhookReceiver(await freePort());
      await receiver.listen();
    });
    afterAll(async () => {
      await receiver?.close();
      await t?.close();
    });

    it('refuses to save an endpoint or a WEBHOOK agent bot that points into a private network, and says how to allow it', async () => {
      const create = `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: ["message.created"] }) { endpoint { id } } }`;
      for (const url of ['http://127.0.0.1:9/hooks', 'http://localhost:8080/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/x', 'https://10.0.0.5/h', 'http://localhost./', 'http://api.localhost.:8080/', 'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/']) {
        const { errors } = await gql(t.url, create, { url }, ws.ownerToken);
        expect(errors?.[0]?.extensions?.code, url).toBe('BAD_USER_INPUT');
        expect(errors?.[0]?.message, url).toMatch(/private or loopback.*webhooks\.allowPrivateNetworks/);
      }
      const bot = await gql(t.url, `mutation { createAgentBot(input: { name: "Hook", mode: WEBHOOK, webhookUrl: "http://192.168.0.2/bot" }) { agentBot { id } } }`, {}, ws.ownerToken);
      expect(bot.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await gql(t.url, `{ webhookEndpoints { id } }`, {}, ws.ownerToken)).data?.webhookEndpoints).toEqual([]);
      // A public name is accepted (it is not resolved when saved).
      expect((await gql(t.url, create, { url: 'https://hooks.example.com/kefu' }, ws.ownerToken)).errors).toBeUndefined();
    });

    it('does not connect to a name that resolves to a private address', async () => {
      const port = new URL(receiver.url).port;
      expect(isPrivateAddress((await lookup('localhost')).address)).toBe(true);
      const attempt = (allowPrivateNetworks: boolean) =>
        sendWebhookRequest({ url: `http://localhost:${port}/hooks`, headers: { 'content-type': 'application/json' }, body: '{"n":1}', timeoutMs: 2_000, allowPrivateNetworks });
      await expect(attempt(false)).rejects.toThrow(/localhost resolves to .*, a private or loopback address/);
      expect(receiver.received).toHaveLength(0);
      await expect(sendWebhookRequest({ url: receiver.url, headers: {}, body: '{}', timeoutMs: 2_000, allowPrivateNetworks: false })).rejects.toThrow(/127\.0\.0\.1 is a private or loopback address/);
      await expect(attempt(true)).resolves.toBe(200);
      expect(receiver.received).toHaveLength(1);
    });
  });
});
