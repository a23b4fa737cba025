// storm (and smoke, its small CI form): steady open-loop sending, and mid-way a share of the
// sockets drops at once and reconnects with jitter, resuming with afterSeq. Measures the
// reconnect time and checks that nothing was lost, duplicated or reordered across the storm.
import { emptySummary, formatStep, generatorWarnings, stealWarnings, type BenchResult } from '../bench-result.ts';
import type { BenchOptions } from '../options.ts';
import { mergeHistograms, summarizeLatency } from '../report/latency-histogram.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';
import { openSession } from '../run-session.ts';
import { accountDeliveries } from './account-deliveries.ts';
import { runStep } from './run-step.ts';

export async function runStormScenario(options: BenchOptions, display: ProgressDisplay): Promise<BenchResult> {
  const session = await openSession('kefu', options, display);
  try {
    const report = [`${session.label}: ${session.connect.subscribed}/${session.connections} sockets subscribed in ${(session.connect.durationMs / 1000).toFixed(1)} s (${Math.round(session.connect.connectsPerSec)}/s)`];
    display.phase(`${session.label}: sending at ${options.rate} deliveries/s with a storm of ${Math.round(options.stormFraction * 100)}% after ${Math.round(options.stepSec / 3)} s`);
    const stepDone = runStep(session, options.rate, options.stepSec, options.agents);
    await new Promise((r) => setTimeout(r, (options.stepSec * 1000) / 3));
    const storms = await session.pool.storm({ fraction: options.stormFraction, jitterMs: options.stormJitterMs, timeoutMs: 60_000 });
    const step = await stepDone;
    const reconnect = summarizeLatency(mergeHistograms(storms.map((s) => s.histogram)));
    const dropped = storms.reduce((n, s) => n + s.dropped, 0);
    const resubscribed = storms.reduce((n, s) => n + s.resubscribed, 0);
    const account = await accountDeliveries(session);
    report.push(
      formatStep('steady send across the storm:', step),
      `storm: dropped ${dropped} sockets at once, ${resubscribed} resubscribed (jitter ${options.stormJitterMs} ms) | drop → resubscribed p50 ${reconnect.p50Ms} p99 ${reconnect.p99Ms} max ${reconnect.maxMs} ms | ${Math.round(resubscribed / (reconnect.maxMs / 1000 || 1))} resubscribes/s`,
      `deliveries ${account.deliveries}: lost ${account.lost}, duplicated ${account.duplicated}, reordered ${account.reordered}` +
        (Object.keys(account.unexpectedCloses).length ? ` | unexpected closes ${JSON.stringify(account.unexpectedCloses)}` : ''),
      ...account.firstErrors.map((e) => `  error: ${e}`),
    );
    return {
      summary: {
        ...emptySummary(options.scenario),
        connections: session.connect.subscribed,
        deliveriesPerSec: step.deliveriesPerSec,
        p50Ms: step.latency.p50Ms,
        p99Ms: step.latency.p99Ms,
        lost: account.lost,
        duplicated: account.duplicated,
        reordered: account.reordered,
        stormDropped: dropped,
        stormResubscribed: resubscribed,
        resubscribeP99Ms: reconnect.p99Ms,
        resubscribeMaxMs: reconnect.maxMs,
      },
      report,
      warnings: [...generatorWarnings('storm', step), ...stealWarnings('storm', [step])],
      isCorrect: account.lost + account.duplicated + account.reordered === 0 && session.connect.failed === 0 && resubscribed === dropped && step.sent > 0,
    };
  } finally {
    await session.close();
  }
}
