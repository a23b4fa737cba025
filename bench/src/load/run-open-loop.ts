// Open-loop sending (no coordinated omission): message k is due at t0 + k/rate whatever happened
// before it, and carries that intended time in its body. Conversations take turns; within one,
// the visitor and the first agent alternate as sender. Then waits for every ack and delivery.
import { setTimeout as delay } from 'node:timers/promises';
import type { Histogram } from 'hdr-histogram-js';
import { createLatencyHistogram } from '../report/latency-histogram.ts';
import type { ClientState } from './client-state.ts';
import type { ClientCommand, SendResult } from './client-protocol.ts';
import { isDoneWithin } from '../../../src/testing/wait-until.ts';
import { changesOf } from './state-changes.ts';

type SendCommand = Extract<ClientCommand, { cmd: 'send' }>;

let messageNumber = 0;

export async function runOpenLoop(state: ClientState, command: SendCommand, now: () => number, encode: (h: Histogram) => string): Promise<SendResult> {
  state.step = { histogram: createLatencyHistogram(), deliveries: 0, acked: 0, failed: 0 };
  const step = state.step;
  const { conversations } = state;
  const total = Math.floor((command.messagesPerSec * command.durationMs) / 1000);
  const intervalMs = 1000 / command.messagesPerSec;
  const membersSent: number[] = [];
  const started = now();
  const cpuAtStart = process.cpuUsage();
  for (let k = 0; k < total; k++) {
    const dueAt = started + k * intervalMs;
    const wait = dueAt - now();
    if (wait > 1) await delay(wait);
    const conv = conversations[k % conversations.length]!;
    const turn = Math.floor(k / conversations.length);
    const sender = conv.members[turn % Math.min(2, conv.members.length)]!;
    const i = messageNumber++;
    sender.send(JSON.stringify({ t: dueAt, i }), `bench-${process.pid}-${i}`);
    membersSent.push(conv.members.length);
  }
  const sendEnded = now();
  const membersPerMessage = total > 0 ? membersSent.reduce((a, b) => a + b, 0) / total : 0;
  const expected = () => Math.round(step.acked * membersPerMessage);
  const isDrained = await isDoneWithin(
    () => step.acked + step.failed >= total && step.deliveries >= expected(),
    command.drainTimeoutMs,
    changesOf(state),
  );
  return {
    sent: total,
    acked: step.acked,
    deliveries: step.deliveries,
    expectedDeliveries: expected(),
    sendErrors: step.failed,
    durationMs: sendEnded - started,
    cpuUs: (({ user, system }) => user + system)(process.cpuUsage(cpuAtStart)),
    wallMs: now() - started,
    histogram: encode(step.histogram),
    isDrained,
  };
}
