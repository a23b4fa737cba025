// `kefu start --workers 4` with no Redis: four processes share one port and the primary relays
// events between them, so a message sent through one worker reaches subscribers on the others;
// a worker that dies is replaced.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { openSocketPerWorker, startWorkers, type WorkersServer } from '../testing/start-workers.ts';
import { waitUntil } from '../testing/wait-until.ts';

const WORKERS = 4;
const EVENTS = 'subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { seq body } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }';

describe('kefu start --workers 4 without Redis', () => {
  let server: WorkersServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kefu-workers-'));
    server = await startWorkers(WORKERS, { KEFU_DATA_DIR: dataDir, KEFU_AUTH_SECRET: 'workers-secret-workers-secret-workers-42' });
  }, 90_000);
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers a message sent through one worker to subscribers on every other worker', async () => {
    const ws = await createWorkspaceFixture(server.url);
    const { conversationId } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    const { byWorker, all } = await openSocketPerWorker(server.wsUrl, ws.ownerToken, WORKERS);
    expect(byWorker.size).toBe(WORKERS);
    for (const socket of byWorker.values()) {
      socket.send({ id: 'events', type: 'subscribe', payload: { query: EVENTS, variables: { id: conversationId } } });
      await socket.roundTrip();
    }

    const [senderWorker, sender] = [...byWorker.entries()][0]!;
    sender.send({ id: 'send', type: 'subscribe', payload: { query: SEND, variables: { input: { conversationId, body: `from worker ${senderWorker}`, clientMessageId: randomUUID() } } } });
    const { seq } = (await sender.next((m) => m.id === 'send' && m.type === 'next')).payload.data.sendMessage.message;

    // afterSeq: 0 replays the history (the bot may have answered too), then the message arrives live.
    for (const socket of byWorker.values()) {
      const event = await socket.next((m) => m.id === 'events' && m.type === 'next' && m.payload.data.conversationEvents.seq === seq);
      expect(event.payload.data.conversationEvents).toEqual({ seq, body: `from worker ${senderWorker}` });
    }
    for (const socket of all) socket.close();
  });

  it('replaces a worker that is killed, and the replacement serves', async () => {
    const childPids = () => readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
    const listening = () => server.output().split('"msg":"kefu listening"').length - 1;
    const [victim] = childPids();
    process.kill(victim!, 'SIGKILL');
    await waitUntil(async () => listening() === WORKERS + 1, 'a replacement worker listening', 60_000);
    expect(server.output()).toMatch(new RegExp(`"workerPid":${victim},"code":null,"signal":"SIGKILL","restartInMs":\\d+,"msg":"worker died; starting another"`));
    expect(childPids()).toHaveLength(WORKERS);
    expect(childPids()).not.toContain(victim);
    const ws = await createWorkspaceFixture(server.url);
    const { byWorker, all } = await openSocketPerWorker(server.wsUrl, ws.ownerToken, WORKERS);
    expect(byWorker.size).toBe(WORKERS);
    for (const socket of all) socket.close();
  });
});
