// Jepsen-lite (after https://jepsen.io: faults injected while clients work, then a checker): two `kefu start` processes on one SQLite file and a private
// redis-server. Clients send with retries (same clientMessageId) and subscribe with resume
// (afterSeq = last seq seen) while the test kills -9 and restarts Redis, SIGTERMs and restarts one
// instance, and drops client sockets. The checker then proves, per subscriber, that every
// acknowledged message was delivered, none twice, in seq order; it prints the figures.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../testing/private-redis.ts';
import { spawnServer, type ServerProcess } from '../testing/spawn-server.ts';
import { waitUntil } from '../testing/wait-until.ts';

const CONVERSATIONS = 3;
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { isDuplicate message { id seq } } }';
const EVENTS = `subscription($id: ID!, $afterSeq: Int) { conversationEvents(conversationId: $id, afterSeq: $afterSeq) {
  __typename ... on Message { id seq internal } ... on ResyncRequired { latestSeq } } }`;

interface Ack {
  conversationId: string;
  id: string;
  seq: number;
  internal: boolean;
}

interface Received {
  id: string;
  seq: number;
}

interface SendResult {
  isDuplicate: boolean;
  message: { id: string; seq: number };
}

async function postSend(server: ServerProcess, token: string, input: Record<string, unknown>): Promise<SendResult> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SEND, variables: { input } }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: { sendMessage: SendResult }; errors?: unknown[] };
  if (!body.data?.sendMessage) throw new Error(`send failed: ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data.sendMessage;
}

/** Where clients send and subscribe: whichever instances are up right now. */
type Servers = () => ServerProcess[];

function createSender(servers: Servers, conversationId: string, token: string, canWriteNotes: boolean) {
  const acks: Ack[] = [];
  const stats = { attempts: 0, retries: 0, raced: 0, duplicates: 0, conflicting: 0 };
  let isStopped = false;
  let turn = 0;
  const sendOne = async (n: number) => {
    const internal = canWriteNotes && n % 4 === 3;
    const input = { conversationId, body: `m${n}`, internal, clientMessageId: randomUUID() };
    for (let attempt = 0; ; attempt++) {
      const up = servers();
      const server = up[turn++ % Math.max(1, up.length)];
      stats.attempts++;
      if (attempt > 0) stats.retries++;
      try {
        if (!server) throw new Error('no server up');
        // Every 5th message also races a copy (same clientMessageId) through every other instance.
        const targets = n % 5 === 4 && attempt === 0 ? up : [server];
        const results = await Promise.allSettled(targets.map((target) => postSend(target, token, input)));
        const stored = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        if (stored.length === 0) throw new Error('send failed');
        if (new Set(stored.map((m) => m.message.id)).size !== 1) stats.conflicting++;
        stats.duplicates += stored.filter((m) => m.isDuplicate).length;
        stats.raced += targets.length - 1;
        acks.push({ conversationId, internal, ...stored[0]!.message });
        return;
      } catch {
        // Unknown outcome: retry with the same clientMessageId, possibly on the other instance.
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 500)));
      }
    }
  };
  const done = (async () => {
    for (let n = 0; !isStopped; n++) await sendOne(n);
  })();
  return {
    acks,
    stats,
    async stop() {
      isStopped = true;
      await done;
    },
  };
}

function createSubscriber(name: string, servers: Servers, conversationId: string, token: string) {
  const received: Received[] = [];
  const stats = { connections: 0, resyncs: 0, errors: 0 };
  let lastSeq = 0;
  let socket: WebSocket | null = null;
  let isStopped = false;
  let turn = name.length;
  const connect = () => {
    if (isStopped) return;
    const up = servers();
    const server = up[turn++ % Math.max(1, up.length)];
    if (!server) return void setTimeout(connect, 100);
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    socket = ws;
    ws.on('open', () => {
      stats.connections++;
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    });
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: 'events', type: 'subscribe', payload: { query: EVENTS, variables: { id: conversationId, afterSeq: lastSeq } } }));
      } else if (message.type === 'next') {
        const event = message.payload.data?.conversationEvents;
        if (!event) return void stats.errors++;
        if (event.__typename === 'ResyncRequired') return void stats.resyncs++;
        received.push({ id: event.id, seq: event.seq });
        lastSeq = Math.max(lastSeq, event.seq);
      } else if (message.type === 'error' || message.type === 'complete') {
        stats.errors++;
        ws.terminate();
      }
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (socket === ws) setTimeout(connect, 50 + Math.random() * 100);
    });
  };
  connect();
  return {
    name,
    conversationId,
    received,
    stats,
    lastSeq: () => lastSeq,
    /** Abrupt loss of the client's network: no close handshake. */
    drop: () => socket?.terminate(),
    stop() {
      isStopped = true;
      socket?.terminate();
    },
  };
}

describe.skipIf(!hasRedisServer())('no acknowledged message is lost, duplicated or reordered', () => {
  let redis: PrivateRedis;
  let dataDir: string;
  let env: Record<string, string>;
  const up: ServerProcess[] = [];
  beforeAll(async () => {
    redis = await startPrivateRedis();
    dataDir = mkdtempSync(join(tmpdir(), 'kefu-consistency-'));
    env = {
      KEFU_DATA_DIR: dataDir,
      KEFU_AUTH_SECRET: 'consistency-secret-consistency-secret-42',
      REDIS_URL: redis.url,
      KEFU_REDIS_KEY_PREFIX: `kefu-consistency-${randomUUID()}:`,
      KEFU_LIMITS_SENDS_PER_MINUTE: '100000',
      KEFU_REALTIME_PUBLISH_RETRIES: '2',
      KEFU_REALTIME_REPLAY_LIMIT: '5000',
      KEFU_LOG_LEVEL: 'fatal',
    };
    // One after the other: the first applies the migrations.
    up.push(await spawnServer(env, ['--workers', '1']));
    up.push(await spawnServer(env, ['--workers', '1']));
  });
  afterAll(async () => {
    await Promise.all(up.map((s) => s.stop('SIGKILL')));
    await redis?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives Redis kill -9, an instance SIGTERM + restart and dropped sockets', async () => {
    const servers: Servers = () => [...up];
    const [a] = up;
    const ws = await createWorkspaceFixture(a!.url);
    const conversations = [];
    for (let i = 0; i < CONVERSATIONS; i++) conversations.push(await startVisitorConversation(a!.url, ws.widgetKey, `hello ${i}`));

    const subscribers = conversations.flatMap(({ conversationId, visitorToken }, i) => [
      { sub: createSubscriber(`staff-${i}`, servers, conversationId, ws.ownerToken), seesInternal: true },
      { sub: createSubscriber(`visitor-${i}`, servers, conversationId, visitorToken), seesInternal: false },
    ]);
    const senders = conversations.flatMap(({ conversationId, visitorToken }) => [
      createSender(servers, conversationId, ws.ownerToken, true),
      createSender(servers, conversationId, visitorToken, false),
    ]);
    const faults: string[] = [];
    const t0 = Date.now();
    const ackedCount = () => Math.min(...senders.map((s) => s.acks.length));
    const afterMoreAcks = async (more: number, what: string) => {
      const target = ackedCount() + more;
      await waitUntil(async () => ackedCount() >= target, what, 20_000);
    };
    const fault = (what: string) => faults.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${what} (acked ${senders.reduce((n, s) => n + s.acks.length, 0)})`);
    const dropSockets = () => {
      for (const { sub } of subscribers) sub.drop();
      fault('dropped every client socket');
    };

    await afterMoreAcks(5, 'first acks');
    dropSockets();
    await afterMoreAcks(5, 'acks after dropping sockets');
    await redis.kill();
    fault('redis kill -9');
    await afterMoreAcks(2, 'acks while Redis is down');
    await redis.restart();
    fault('redis restarted');
    await afterMoreAcks(5, 'acks after the Redis restart');
    // Clients keep trying B while it drains (refused upgrades, 1001 closes, refused connections).
    const b = up[1]!;
    expect(await b.stop('SIGTERM')).toBe(0);
    up.splice(up.indexOf(b), 1);
    fault('instance B SIGTERM (drained, exit 0)');
    dropSockets();
    await afterMoreAcks(5, 'acks with one instance');
    up.push(await spawnServer(env, ['--workers', '1'], b.port));
    fault('instance B restarted');
    await afterMoreAcks(5, 'acks after instance B came back');
    dropSockets();
    await afterMoreAcks(3, 'last acks');
    await Promise.all(senders.map((s) => s.stop()));

    // The truth is storage: what each subscriber must end up with.
    const db = new Database(join(dataDir, 'kefu.db'), { readonly: true });
    const stored = new Map<string, { id: string; seq: number; internal: number }[]>();
    for (const { conversationId } of conversations) {
      stored.set(conversationId, db.prepare('SELECT id, seq, internal FROM Message WHERE conversationId = ? ORDER BY seq').all(conversationId) as never);
    }
    db.close();
    const expectedFor = ({ sub, seesInternal }: (typeof subscribers)[number]) => stored.get(sub.conversationId)!.filter((m) => seesInternal || !m.internal);
    await waitUntil(async () => subscribers.every((s) => s.sub.lastSeq() >= (expectedFor(s).at(-1)?.seq ?? 0)), 'every subscriber to catch up', 20_000);
    for (const { sub } of subscribers) sub.stop();

    const acks = senders.flatMap((s) => s.acks);
    const rows = subscribers.map((s) => {
      const { sub, seesInternal } = s;
      const ids = new Set(sub.received.map((r) => r.id));
      const mustSee = acks.filter((a) => a.conversationId === sub.conversationId && (seesInternal || !a.internal));
      const storedIds = new Map(expectedFor(s).map((m) => [m.seq, m.id]));
      return {
        subscriber: sub.name,
        acked: mustSee.length,
        delivered: sub.received.length,
        lost: mustSee.filter((a) => !ids.has(a.id)).length,
        missingStored: expectedFor(s).filter((m) => !ids.has(m.id)).length,
        duplicated: sub.received.length - ids.size,
        reordered: sub.received.filter((r, i) => i > 0 && r.seq <= sub.received[i - 1]!.seq).length,
        wrongId: sub.received.filter((r) => storedIds.get(r.seq) !== r.id).length,
        connections: sub.stats.connections,
        resyncs: sub.stats.resyncs,
        errors: sub.stats.errors,
      };
    });
    const total = (key: keyof (typeof rows)[number]) => rows.reduce((sum, r) => sum + (r[key] as number), 0);
    const sendStat = (key: keyof (typeof senders)[number]['stats']) => senders.reduce((sum, s) => sum + s.stats[key], 0);
    process.stdout.write(
      [
        '',
        ...faults.map((f) => `consistency: fault at ${f}`),
        `consistency: messages acknowledged ${acks.length} (send attempts ${sendStat('attempts')}, retries after a failure ${sendStat('retries')}, racing copies ${sendStat('raced')}, answered as duplicate ${sendStat('duplicates')}, conflicting answers ${sendStat('conflicting')})`,
        `consistency: delivered ${total('delivered')} to ${rows.length} subscribers over ${total('connections')} connections; lost ${total('lost')}, duplicated ${total('duplicated')}, reordered ${total('reordered')}, missing stored ${total('missingStored')}, resyncs ${total('resyncs')}`,
        '',
      ].join('\n'),
    );
    console.table(rows);
    expect(rows.every((r) => r.acked > 0)).toBe(true);
    expect(sendStat('conflicting')).toBe(0);
    expect(new Set(acks.map((a) => a.id)).size).toBe(acks.length);
    expect({ lost: total('lost'), duplicated: total('duplicated'), reordered: total('reordered'), missingStored: total('missingStored'), wrongId: total('wrongId'), resyncs: total('resyncs') }).toEqual({
      lost: 0,
      duplicated: 0,
      reordered: 0,
      missingStored: 0,
      wrongId: 0,
      resyncs: 0,
    });
  }, 120_000); // ~25 s on an idle 2-core box; spawning kefu is slow when the machine is loaded
});
