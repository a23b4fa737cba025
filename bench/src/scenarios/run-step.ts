// One open-loop step at a target delivery rate on an open session, with what it cost the
// server (CPU per delivery from /proc) and the load generator (CPU per client process).
import type { Session } from '../run-session.ts';
import { mergeHistograms, summarizeLatency, type LatencySummary } from '../report/latency-histogram.ts';
import { busiestEventLoopSince, coresSince, markUsage, stealSince } from '../servers/sample-processes.ts';

export interface StepResult {
  targetDeliveriesPerSec: number;
  deliveriesPerSec: number;
  latency: LatencySummary;
  sent: number;
  sendErrors: number;
  isDrained: boolean;
  serverCores: number;
  /** The server process whose main thread was busiest, in cores. */
  busiestEventLoopCores: number;
  serverCpuUsPerDelivery: number;
  clientCores: number;
  /** The busiest client process, in cores: near 1 means the generator, not the server, limits. */
  maxClientProcessCores: number;
  /** Share of the box's CPU time taken by the hypervisor for other guests (0–1): timings of a step with much of it do not compare. */
  steal: number;
}

export async function runStep(session: Session, deliveriesPerSec: number, durationSec: number, agents: number): Promise<StepResult> {
  const membersPerConversation = 1 + agents;
  const mark = markUsage(session.serverPids());
  const results = await session.pool.send({ messagesPerSec: deliveriesPerSec / membersPerConversation, durationMs: durationSec * 1000, drainTimeoutMs: 15_000 });
  const serverCores = coresSince(session.serverPids(), mark);
  const busiestEventLoopCores = busiestEventLoopSince(session.serverPids(), mark);
  const steal = stealSince(mark);
  const wallSec = Math.max(...results.map((r) => r.wallMs)) / 1000;
  const deliveries = results.reduce((n, r) => n + r.deliveries, 0);
  const sendSec = Math.max(...results.map((r) => r.durationMs)) / 1000;
  const clientCores = results.map((r) => r.cpuUs / 1e6 / (r.wallMs / 1000));
  return {
    targetDeliveriesPerSec: deliveriesPerSec,
    deliveriesPerSec: Math.round(deliveries / Math.max(sendSec, 0.001)),
    latency: summarizeLatency(mergeHistograms(results.map((r) => r.histogram))),
    sent: results.reduce((n, r) => n + r.sent, 0),
    sendErrors: results.reduce((n, r) => n + r.sendErrors, 0),
    isDrained: results.every((r) => r.isDrained),
    serverCores,
    busiestEventLoopCores,
    serverCpuUsPerDelivery: deliveries > 0 ? Math.round((serverCores * wallSec * 1e6) / deliveries) : 0,
    clientCores: clientCores.reduce((a, b) => a + b, 0),
    maxClientProcessCores: Math.max(...clientCores),
    steal,
  };
}

export function isStepWithinLimit(step: StepResult, p99LimitMs: number): boolean {
  return step.isDrained && step.sendErrors === 0 && step.latency.p99Ms <= p99LimitMs && step.deliveriesPerSec >= 0.95 * step.targetDeliveriesPerSec;
}
