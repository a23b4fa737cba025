// What every scenario returns: the summary printed as the `--json` line, the human report and
// the correctness verdict that `npm test` (smoke) asserts on.

export interface BenchSummary {
  scenario: string;
  connections: number;
  deliveriesPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  lost: number;
  duplicated: number;
  reordered: number;
  rssBytesPerConn: number | null;
  /** Kefu ÷ raw ws reference, max deliveries/s at p99 ≤ limit (fanout --compare). */
  ratioVsRawWs: number | null;
  /** Kefu ÷ stock Yoga + graphql-ws reference, same measure. */
  ratioVsYoga: number | null;
  [extra: string]: unknown;
}

export interface BenchResult {
  summary: BenchSummary;
  /** Human-readable report lines. */
  report: string[];
  warnings: string[];
  /** Zero lost, duplicated and reordered deliveries, and every socket subscribed. */
  isCorrect: boolean;
}

export function emptySummary(scenario: string): BenchSummary {
  return { scenario, connections: 0, deliveriesPerSec: null, p50Ms: null, p99Ms: null, lost: 0, duplicated: 0, reordered: 0, rssBytesPerConn: null, ratioVsRawWs: null, ratioVsYoga: null };
}

type StepFigures = { targetDeliveriesPerSec: number; deliveriesPerSec: number; latency: { p50Ms: number; p90Ms: number; p99Ms: number; p999Ms: number; maxMs: number }; serverCores: number; busiestEventLoopCores: number; serverCpuUsPerDelivery: number; clientCores: number; maxClientProcessCores: number; sendErrors: number; isDrained: boolean; steal: number };

/** Steal above this share of the box's CPU makes a step's timings incomparable with a quiet run. */
const NOISY_STEAL = 0.05;

export function formatStep(label: string, s: StepFigures): string {
  const l = s.latency;
  return (
    `${label} target ${s.targetDeliveriesPerSec}/s → ${s.deliveriesPerSec}/s | p50 ${l.p50Ms} p90 ${l.p90Ms} p99 ${l.p99Ms} p99.9 ${l.p999Ms} max ${l.maxMs} ms | ` +
    `server ${s.serverCores.toFixed(2)} cores (busiest event loop ${s.busiestEventLoopCores.toFixed(2)}), ${s.serverCpuUsPerDelivery} µs/delivery | load gen ${s.clientCores.toFixed(2)} cores (busiest process ${s.maxClientProcessCores.toFixed(2)}) | ` +
    `steal ${(s.steal * 100).toFixed(0)} %${s.steal > NOISY_STEAL ? ' (NOISY BOX)' : ''}` +
    (s.sendErrors ? ` | ${s.sendErrors} send errors` : '') +
    (s.isDrained ? '' : ' | NOT DRAINED')
  );
}

/** Warns about steps whose timings do not stand for this box: the hypervisor took CPU for other guests. */
export function stealWarnings(label: string, steps: readonly Pick<StepFigures, 'steal'>[]): string[] {
  const noisy = steps.filter((s) => s.steal > NOISY_STEAL);
  if (noisy.length === 0) return [];
  const worst = Math.max(...noisy.map((s) => s.steal));
  return [`${label}: the hypervisor took up to ${(worst * 100).toFixed(0)} % of the box's CPU (steal) in ${noisy.length} of ${steps.length} steps: those timings do not compare with a quiet run; run again when vmstat's "st" column stays near 0.`];
}

/** Warns when the load generator, not the server, is the likely limit. */
export function generatorWarnings(label: string, s: { maxClientProcessCores: number; serverCores: number; clientCores: number }): string[] {
  const out: string[] = [];
  if (s.maxClientProcessCores >= 0.85) out.push(`${label}: a load-generator process used ${s.maxClientProcessCores.toFixed(2)} cores: it may be the bottleneck; add --client-processes.`);
  if (s.clientCores > s.serverCores && s.clientCores + s.serverCores > 1.6) out.push(`${label}: the load generator (${s.clientCores.toFixed(2)} cores) used more CPU than the server (${s.serverCores.toFixed(2)}) on a nearly full box: the result is a lower bound for the server.`);
  return out;
}
