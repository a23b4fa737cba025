// The delivery checker shared by the fault tests (consistency, multi-host): clients send with
// retries (same clientMessageId) and subscribe with resume (afterSeq = last seq seen) against
// whichever instances are up, while a test injects faults. checkDelivery() then proves, per
// subscriber, that every acknowledged message was delivered, none twice, in seq order, against
// what storage holds; it prints the figures.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { expect } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from './fixtures.ts';
import type { ServerProcess } from './spawn-server.ts';
import { waitUntil } from './wait-until.ts';

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

async function postSend(server: Pick<ServerProcess, 'url'>, token: string, input: Record<string, unknown>): Promise<SendResult> {
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
export type Servers = () => Pick<ServerProcess, 'url' | 'wsUrl'>[];

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

export interface StoredMessage {
  id: string;
  seq: number;
  internal: boolean | number;
}

/** Senders and subscribers (staff and visitor on each conversation) plus the fault log. */
export async function startTraffic(servers: Servers, conversationCount: number) {
  const first = servers()[0]!;
  const ws = await createWorkspaceFixture(first.url);
  const conversations = [];
  for (let i = 0; i < conversationCount; i++) conversations.push(await startVisitorConversation(first.url, ws.widgetKey, `hello ${i}`));
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
  const fault = (what: string) => faults.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${what} (acked ${senders.reduce((n, s) => n + s.acks.length, 0)})`);
  return {
    conversations,
    subscribers,
    senders,
    faults,
    fault,
    /** Waits until every sender has `more` further acknowledged messages. */
    async afterMoreAcks(more: number, what: string) {
      const target = ackedCount() + more;
      await waitUntil(async () => ackedCount() >= target, what, 20_000);
    },
    dropSockets() {
      for (const { sub } of subscribers) sub.drop();
      fault('dropped every client socket');
    },
  };
}

export type Traffic = Awaited<ReturnType<typeof startTraffic>>;

/** Stops sending, waits for every subscriber to catch up with storage, prints the table and asserts 0 lost/duplicated/reordered. */
export async function checkDelivery(label: string, traffic: Traffic, readStored: (conversationId: string) => Promise<StoredMessage[]>): Promise<void> {
  const { subscribers, senders, conversations, faults } = traffic;
  await Promise.all(senders.map((s) => s.stop()));
  // The truth is storage: what each subscriber must end up with.
  const stored = new Map<string, StoredMessage[]>();
  for (const { conversationId } of conversations) stored.set(conversationId, await readStored(conversationId));
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
      ...faults.map((f) => `${label}: fault at ${f}`),
      `${label}: messages acknowledged ${acks.length} (send attempts ${sendStat('attempts')}, retries after a failure ${sendStat('retries')}, racing copies ${sendStat('raced')}, answered as duplicate ${sendStat('duplicates')}, conflicting answers ${sendStat('conflicting')})`,
      `${label}: delivered ${total('delivered')} to ${rows.length} subscribers over ${total('connections')} connections; lost ${total('lost')}, duplicated ${total('duplicated')}, reordered ${total('reordered')}, missing stored ${total('missingStored')}, resyncs ${total('resyncs')}`,
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
}
