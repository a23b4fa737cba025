// `kefu start --workers 2`: each worker process watches the plugins folder itself, so an edit on
// disk is running in both within a second, while sockets subscribed on each worker stay open and
// miss no event; a workspace switch made through one worker holds on the other.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import type { RawSocket } from '../testing/raw-ws.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { openSocketPerWorker, startWorkers, type WorkersServer } from '../testing/start-workers.ts';
import { LUA_TEST_PLUGIN } from './testing/test-plugins.ts';

const WORKERS = 2;
const EVENTS = 'subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { seq body } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq body } } }';
const VERSION = '{ plugins { name version } }';

describe('plugin hot reload on kefu start --workers 2', () => {
  let server: WorkersServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kefu-plugin-workers-'));
    mkdirSync(join(dataDir, 'plugins', 'lua-screen'), { recursive: true });
    writeFileSync(join(dataDir, 'plugins', 'lua-screen', 'plugin.lua'), LUA_TEST_PLUGIN('1'));
    server = await startWorkers(WORKERS, { KEFU_DATA_DIR: dataDir, KEFU_BOT_ENABLED: 'false', KEFU_AUTH_SECRET: 'plugins-secret-plugins-secret-plugins-42' });
  }, 90_000);
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs an edited plugin on every worker within a second, with subscriptions undisturbed', async () => {
    const ws = await createWorkspaceFixture(server.url);
    await gqlData(server.url, 'mutation($input: ConfigurePluginInput!) { configurePlugin(input: $input) { plugin { enabled } } }', { input: { name: 'lua-screen', enabled: true } }, ws.ownerToken);
    const { conversationId } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    const { byWorker, all } = await openSocketPerWorker(server.wsUrl, ws.ownerToken, WORKERS);
    expect(byWorker.size).toBe(WORKERS);
    for (const socket of byWorker.values()) {
      socket.send({ id: 'events', type: 'subscribe', payload: { query: EVENTS, variables: { id: conversationId } } });
      await socket.next((m) => m.id === 'events' && m.type === 'next');
    }
    let op = 0;
    const request = async (socket: RawSocket, query: string, variables: Record<string, unknown> = {}) => {
      const id = `op-${++op}`;
      socket.send({ id, type: 'subscribe', payload: { query, variables } });
      const answer = await socket.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
      expect(answer.type).toBe('next');
      return answer.payload.data;
    };
    const send = async (socket: RawSocket, body: string) => (await request(socket, SEND, { input: { conversationId, body, clientMessageId: randomUUID() } })).sendMessage.message;
    const seqs: number[] = [];
    for (const socket of byWorker.values()) {
      const message = await send(socket, 'lua: hunter2');
      expect(message.body).toBe('lua: [lua redacted]');
      seqs.push(message.seq);
    }

    writeFileSync(join(dataDir, 'plugins', 'lua-screen', 'plugin.lua'), LUA_TEST_PLUGIN('2').replace('[lua redacted]', '[lua v2]'));
    const edited = performance.now();
    const tookMs = await Promise.all(
      [...byWorker.values()].map(async (socket) => {
        for (;;) {
          const { plugins } = await request(socket, VERSION);
          if (plugins.find((p: { name: string }) => p.name === 'lua-screen').version === '2') return performance.now() - edited;
          await new Promise((r) => setTimeout(r, 10));
        }
      }),
    );
    for (const ms of tookMs) expect(ms).toBeLessThan(1000);

    for (const socket of byWorker.values()) {
      const message = await send(socket, 'lua: hunter2');
      expect(message.body).toBe('lua: [lua v2]');
      seqs.push(message.seq);
    }
    // Every worker's subscription saw every message of the conversation, before and after the reload, on the same socket.
    for (const socket of byWorker.values()) {
      for (const seq of seqs) await socket.next((m) => m.id === 'events' && m.type === 'next' && m.payload.data.conversationEvents.seq === seq);
      expect(socket.isOpen()).toBe(true);
    }
    // Switching the plugin off through one worker reaches the other through the cluster relay.
    const [first, second] = [...byWorker.values()] as [RawSocket, RawSocket];
    await request(first, 'mutation($input: ConfigurePluginInput!) { configurePlugin(input: $input) { plugin { enabled } } }', { input: { name: 'lua-screen', enabled: false } });
    // The relay is asynchronous (IPC through the primary), so allow it a moment.
    await waitUntil(async () => (await send(second, 'lua: hunter2')).body === 'lua: hunter2', 'the other worker to stop screening', 2000);
    for (const socket of all) socket.close();
  });
});
