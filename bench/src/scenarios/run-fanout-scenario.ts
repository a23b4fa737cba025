// fanout: conversations of a visitor and agent(s); open-loop sends at stepped rates to find the
// highest deliveries/s with p99 ≤ the limit. With --compare the raw ws, stock Yoga and stock Yoga +
// Prisma reference servers take the same client load in the same run, and the report gives Kefu ÷ each.
import { emptySummary, formatStep, generatorWarnings, stealWarnings, type BenchResult } from '../bench-result.ts';
import type { BenchOptions } from '../options.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';
import { openSession, type Target } from '../run-session.ts';
import { accountDeliveries, type DeliveryAccount } from './account-deliveries.ts';
import { findMaxRate, type MaxRate } from './find-max-rate.ts';
import { runStep, type StepResult } from './run-step.ts';

interface TargetRun {
  label: string;
  max: MaxRate;
  account: DeliveryAccount;
  connections: number;
}

async function measureTarget(target: Target, options: BenchOptions, display: ProgressDisplay): Promise<TargetRun> {
  const session = await openSession(target, options, display);
  try {
    display.log(`${session.label}: ${session.connect.subscribed}/${session.connections} sockets subscribed (${Math.round(session.connect.connectsPerSec)}/s)`);
    display.phase(`${session.label}: warm-up`);
    await runStep(session, options.rate / 2, 3, options.agents);
    const max = await findMaxRate(session, options, display);
    return { label: session.label, max, account: await accountDeliveries(session), connections: session.connect.subscribed };
  } finally {
    await session.close();
  }
}

export async function runFanoutScenario(options: BenchOptions, display: ProgressDisplay): Promise<BenchResult> {
  const targets: Target[] = options.compare ? ['kefu', 'raw-ws', 'yoga', 'yoga-prisma'] : ['kefu'];
  const runs = new Map<Target, TargetRun>();
  for (const target of targets) runs.set(target, await measureTarget(target, options, display));
  const kefu = runs.get('kefu')!;
  const maxOf = (t: Target) => runs.get(t)?.max.best?.deliveriesPerSec ?? null;
  // Deliveries per server CPU-second (median over steps that kept up): holds on a box shared with
  // other work, where the p99 knee mostly measures the scheduler.
  const cpuUsOf = (t: Target) => medianCpuUsPerDelivery(runs.get(t)?.max.steps ?? []);
  const efficiency = (t: Target) => (cpuUsOf('kefu') && cpuUsOf(t) ? Number((cpuUsOf(t)! / cpuUsOf('kefu')!).toFixed(3)) : null);
  const ratio = (t: Target) => (maxOf('kefu') && maxOf(t) ? Number((maxOf('kefu')! / maxOf(t)!).toFixed(3)) : null);
  const report: string[] = [];
  const warnings: string[] = [];
  for (const [, run] of runs) {
    report.push(`${run.label}, ${run.connections} sockets, ${1 + options.agents} per conversation:`);
    report.push(...run.max.steps.map((s) => formatStep('  ', s)));
    const best = run.max.best;
    report.push(best ? `  max at p99 ≤ ${options.p99LimitMs} ms: ${best.deliveriesPerSec} deliveries/s (p50 ${best.latency.p50Ms} ms, p99 ${best.latency.p99Ms} ms, ${best.serverCpuUsPerDelivery} µs server CPU per delivery)` : `  no step met p99 ≤ ${options.p99LimitMs} ms`);
    report.push(`  lost ${run.account.lost}, duplicated ${run.account.duplicated}, reordered ${run.account.reordered}, bot deliveries ${run.account.botDeliveries}${run.account.firstErrors.length ? ` | first error: ${run.account.firstErrors[0]}` : ''}`);
    if (best) warnings.push(...generatorWarnings(run.label, best));
    warnings.push(...stealWarnings(run.label, run.max.steps));
  }
  if (options.compare) {
    report.push(`max deliveries/s at p99 ≤ ${options.p99LimitMs} ms, Kefu ÷ raw ws: ${ratio('raw-ws') ?? 'n/a'} (target ≥ 0.4) | Kefu ÷ stock Yoga: ${ratio('yoga') ?? 'n/a'} (target ≥ 1) | Kefu ÷ stock Yoga + Prisma: ${ratio('yoga-prisma') ?? 'n/a'} (target ≥ 4)`);
    report.push(
      `server CPU per delivery (median): Kefu ${cpuUsOf('kefu') ?? 'n/a'} µs, raw ws ${cpuUsOf('raw-ws') ?? 'n/a'} µs, Yoga ${cpuUsOf('yoga') ?? 'n/a'} µs, Yoga + Prisma ${cpuUsOf('yoga-prisma') ?? 'n/a'} µs | deliveries per CPU-second, Kefu ÷ raw ws: ${efficiency('raw-ws') ?? 'n/a'}, Kefu ÷ Yoga: ${efficiency('yoga') ?? 'n/a'}, Kefu ÷ Yoga + Prisma: ${efficiency('yoga-prisma') ?? 'n/a'}`,
    );
  }
  const best = kefu.max.best;
  return {
    summary: {
      ...emptySummary('fanout'),
      connections: kefu.connections,
      deliveriesPerSec: best?.deliveriesPerSec ?? null,
      p50Ms: best?.latency.p50Ms ?? null,
      p99Ms: best?.latency.p99Ms ?? null,
      lost: kefu.account.lost,
      duplicated: kefu.account.duplicated,
      reordered: kefu.account.reordered,
      ratioVsRawWs: ratio('raw-ws'),
      ratioVsYoga: ratio('yoga'),
      rawWsDeliveriesPerSec: maxOf('raw-ws'),
      yogaDeliveriesPerSec: maxOf('yoga'),
      ratioVsYogaPrisma: ratio('yoga-prisma'),
      yogaPrismaDeliveriesPerSec: maxOf('yoga-prisma'),
      serverCpuUsPerDelivery: cpuUsOf('kefu'),
      cpuEfficiencyVsRawWs: efficiency('raw-ws'),
      cpuEfficiencyVsYoga: efficiency('yoga'),
    },
    report,
    warnings,
    // The references do not resume, so what they lose under overload is reported, not judged.
    isCorrect: kefu.account.lost + kefu.account.duplicated + kefu.account.reordered === 0,
  };
}

function medianCpuUsPerDelivery(steps: StepResult[]): number | null {
  const kept = steps.filter((s) => s.deliveriesPerSec >= 0.9 * s.targetDeliveriesPerSec && s.serverCpuUsPerDelivery > 0).map((s) => s.serverCpuUsPerDelivery).sort((a, b) => a - b);
  return kept.length ? kept[Math.floor(kept.length / 2)]! : null;
}
