// Entry of one load-generator process (forked by client-pool.ts). It holds the sockets of its
// share of conversations, all members of a conversation in this process, and runs the runner's
// commands: paced connect, open-loop send, reconnect storm, final accounting.
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { createLatencyHistogram, encodeHistogram, recordLatencyMs } from '../report/latency-histogram.ts';
import type { ClientState, ConversationState } from './client-state.ts';
import type { AccountingReport, ClientCommand, ClientInit, ClientReply } from './client-protocol.ts';
import { createConnection, type Connection, type ConnectionHandlers } from './open-connection.ts';
import { runOpenLoop } from './run-open-loop.ts';
import { runStorm } from './run-storm.ts';
import { isDoneWithin } from '../../../src/testing/wait-until.ts';
import { changesOf } from './state-changes.ts';

const now = () => performance.timeOrigin + performance.now();
const reply = (message: ClientReply) => process.send!(message);

const init = await new Promise<ClientInit>((resolve) => process.once('message', (m) => resolve(m as ClientInit)));
const totals = { deliveries: 0, botDeliveries: 0, acks: 0, errors: 0, unexpectedCloses: {} as Record<string, number>, firstErrors: [] as string[] };
let interval = createLatencyHistogram();
let isClosing = false;
let subscribedCount = 0;
/** Bench-message deliveries received, and expected from the acks so far (acked × members). */
const benchDeliveries = { received: 0, expected: 0 };
const reconnectAttempts = new Map<Connection, number>();
const convOf = new Map<Connection, ConversationState>();

const noteError = (message: string) => {
  totals.errors++;
  if (totals.firstErrors.length < 5) totals.firstErrors.push(message.slice(0, 300));
};
const notify = () => {
  for (const fn of state.changed) fn();
};

const handlers: ConnectionHandlers = {
  onSubscribed(conn) {
    subscribedCount++;
    reconnectAttempts.delete(conn);
    for (const fn of state.onResubscribed) fn(conn);
    notify();
  },
  onEvent(_conn, _seq, body, isNew, authorType) {
    totals.deliveries++;
    if (authorType === 'BOT') totals.botDeliveries++;
    // Other events (e.g. an agent-joined notice) take seqs too but carry no send time.
    if (!isNew || !body.startsWith('{"t":')) return;
    benchDeliveries.received++;
    const latencyMs = now() - (JSON.parse(body) as { t: number }).t;
    recordLatencyMs(state.step.histogram, latencyMs);
    recordLatencyMs(interval, latencyMs);
    state.step.deliveries++;
    notify();
  },
  onAck(conn, _clientMessageId, seq) {
    totals.acks++;
    state.step.acked++;
    const conv = convOf.get(conn)!;
    conv.ackedSeqs.push(seq);
    benchDeliveries.expected += conv.members.length;
    notify();
  },
  onSendError(_conn, clientMessageId, message) {
    noteError(message);
    if (clientMessageId) state.step.failed++;
    notify();
  },
  onClosed(conn, code, _reason, wasSubscribed) {
    if (wasSubscribed) subscribedCount--;
    // A storm's reconnect that fails (e.g. the server's accept queue overflowed) is retried like any other.
    if (isClosing || state.stormAwaitingReopen.has(conn)) return;
    totals.unexpectedCloses[code] = (totals.unexpectedCloses[code] ?? 0) + 1;
    const attempt = reconnectAttempts.get(conn) ?? 0;
    reconnectAttempts.set(conn, attempt + 1);
    const delayMs = Math.min(5000, 100 * 2 ** attempt) * (0.5 + Math.random());
    setTimeout(() => !isClosing && conn.open(), delayMs);
  },
};

const state: ClientState = {
  conversations: [],
  connections: [],
  step: { histogram: createLatencyHistogram(), deliveries: 0, acked: 0, failed: 0 },
  changed: new Set(),
  onResubscribed: new Set(),
  stormDropped: new Set(),
  stormAwaitingReopen: new Set(),
};
for (const plan of init.conversations) {
  const conv: ConversationState = { plan, members: [], ackedSeqs: [] };
  for (const [j, token] of plan.memberTokens.entries()) {
    const conn = createConnection({ url: init.urls[j % init.urls.length]!, localAddress: init.localAddress }, { conversationId: plan.id, token }, handlers);
    conv.members.push(conn);
    convOf.set(conn, conv);
    state.connections.push(conn);
  }
  state.conversations.push(conv);
}

const progressTimer = setInterval(() => {
  const cpu = process.cpuUsage();
  reply({
    type: 'progress',
    sample: { subscribed: subscribedCount, deliveries: totals.deliveries, acks: totals.acks, errors: totals.errors, cpuUs: cpu.user + cpu.system, intervalP99Ms: interval.getValueAtPercentile(99) / 1000 },
  });
  interval = createLatencyHistogram();
}, 1000);

async function connectAll(connectsPerSec: number, maxPending: number, timeoutMs: number) {
  const started = now();
  const deadline = started + timeoutMs;
  for (const [i, conn] of state.connections.entries()) {
    // Jittered pacing; sleeps only when more than a timer tick ahead, so high rates batch.
    const wait = started + ((i + Math.random() - 0.5) * 1000) / connectsPerSec - now();
    if (wait > 1) await delay(wait);
    if (i - subscribedCount >= maxPending) await isDoneWithin(() => i - subscribedCount < maxPending, deadline - now(), changesOf(state));
    conn.open();
  }
  await isDoneWithin(() => subscribedCount >= state.connections.length, deadline - now(), changesOf(state));
  return { subscribed: subscribedCount, failed: state.connections.length - subscribedCount, durationMs: now() - started };
}

function account(): AccountingReport {
  const report: AccountingReport = { connections: state.connections.length, deliveries: totals.deliveries, botDeliveries: totals.botDeliveries, lost: 0, duplicated: 0, reordered: 0, unexpectedCloses: totals.unexpectedCloses, firstErrors: totals.firstErrors, cpuUs: 0 };
  for (const conv of state.conversations) {
    const expected = new Set(conv.ackedSeqs);
    for (const member of conv.members) {
      report.lost += member.seqs.missing(expected);
      const counts = member.seqs.counts();
      report.duplicated += counts.duplicated;
      report.reordered += counts.reordered;
    }
  }
  const cpu = process.cpuUsage();
  report.cpuUs = cpu.user + cpu.system;
  return report;
}

async function run(command: ClientCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'connect':
      return connectAll(command.connectsPerSec, command.maxPending, command.timeoutMs);
    case 'send':
      return runOpenLoop(state, command, now, encodeHistogram);
    case 'storm':
      return runStorm(state, command, now);
    case 'report':
      // Late is not lost: give stragglers (e.g. replays after a storm on a busy box) time to land.
      await isDoneWithin(() => benchDeliveries.received >= benchDeliveries.expected, 60_000, changesOf(state));
      return account();
    case 'close':
      isClosing = true;
      clearInterval(progressTimer);
      for (const conn of state.connections) conn.close();
      return {};
  }
}

process.on('message', (command: ClientCommand) => {
  run(command).then(
    (result) => {
      reply({ type: 'result', cmd: command.cmd, result });
      if (command.cmd === 'close') setTimeout(() => process.exit(0), 200).unref();
    },
    (error: Error) => reply({ type: 'fatal', message: error.stack ?? String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready' });
