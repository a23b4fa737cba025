// `kefu start --workers 4` with no Redis: four processes share one port and the primary relays
// events between them, so a message sent through one worker reaches subscribers on the others.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { openAckedSocket, type RawSocket } from '../testing/raw-ws.ts';
import { freePort } from '../testing/free-port.ts';
import { waitUntil } from '../testing/wait-until.ts';

const WORKERS = 4;
const EVENTS = 'subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { seq body } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }';

describe('kefu start --workers 4 without Redis', () => {
  const server = { url: '', wsUrl: '' };
  let child: ChildProcess;
  let exited: Promise<number | null>;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kefu-workers-'));
    const port = await freePort();
    Object.assign(server, { url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` });
    child = spawn(process.execPath, ['bin/kefu.mjs', 'start', '--workers', String(WORKERS), '--port', String(port)], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', KEFU_HTTP_HOST: '127.0.0.1', KEFU_LOG_LEVEL: 'info', KEFU_DATA_DIR: dataDir, KEFU_AUTH_SECRET: 'workers-secret-workers-secret-workers-42' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    exited = new Promise((resolve) => child.once('exit', resolve));
    // Every worker logs "kefu listening" once it serves; four of them start slowly on two cores.
    await waitUntil(async () => output.split('"msg":"kefu listening"').length - 1 === WORKERS, `${WORKERS} workers listening`, 80_000);
  }, 90_000);
  afterAll(async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers a message sent through one worker to subscribers on every other worker', async () => {
    const ws = await createWorkspaceFixture(server.url);
    const { conversationId } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    // Connections are spread over the workers (round-robin); open sockets until each worker holds one.
    const byWorker = new Map<string, RawSocket>();
    const extra: RawSocket[] = [];
    for (let attempt = 0; attempt < 60 && byWorker.size < WORKERS; attempt++) {
      const socket = await openAckedSocket(server.wsUrl, ws.ownerToken);
      const worker = String(socket.headers['x-kefu-worker']);
      if (byWorker.has(worker)) extra.push(socket);
      else byWorker.set(worker, socket);
    }
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
    for (const socket of [...byWorker.values(), ...extra]) socket.close();
  });
});
