// Two server processes on one Redis: a message sent to one reaches subscribers of the other.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, CONVERSATION_EVENTS, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { describeWith, REDIS_URL } from '../testing/services.ts';
import { spawnServer, type ServerProcess } from '../testing/spawn-server.ts';

describeWith('redis', 'cross-instance delivery through Redis', () => {
  let dir: string;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kefu-redis-'));
    const env = {
      DATABASE_URL: `file:${join(dir, 'kefu.db')}`,
      REDIS_URL,
      KEFU_REDIS_KEY_PREFIX: `kefu-test-${randomUUID()}:`,
      KEFU_AUTH_SECRET: 'shared-secret-shared-secret-shared-secret',
      KEFU_DATA_DIR: dir,
    };
    servers = [await spawnServer(env), await spawnServer(env)];
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a message sent to instance A to a subscriber on instance B, in order', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const ws = await createWorkspaceFixture(a.url);
    const { visitorToken, conversationId } = await startVisitorConversation(a.url, ws.widgetKey, 'first');
    const client = openWsClient(b.wsUrl, visitorToken);
    const stream = subscribe<any>(client, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 1 });
    const readyProbe = randomUUID();
    // The first live event proves B's Redis subscription is in place (replay covers anything earlier).
    await gqlData(a.url, SEND_MESSAGE, { input: { conversationId, body: readyProbe, clientMessageId: randomUUID() } }, ws.ownerToken);
    expect((await stream.next()).conversationEvents.body).toBe(readyProbe);
    for (let i = 0; i < 5; i++) {
      await gqlData(a.url, SEND_MESSAGE, { input: { conversationId, body: `from A #${i}`, clientMessageId: randomUUID() } }, ws.ownerToken);
    }
    const events = await stream.waitFor(6);
    expect(events.map((e) => e.conversationEvents.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(events.slice(1).map((e) => e.conversationEvents.body)).toEqual([0, 1, 2, 3, 4].map((i) => `from A #${i}`));
    await client.dispose();
  });
});
