// Runs one scenario and returns its result; the CLI (src/cli/bench.ts) and the smoke test call this.
import type { BenchResult } from './bench-result.ts';
import type { BenchOptions, Scenario } from './options.ts';
import { createProgressDisplay, type ProgressDisplay } from './report/progress-display.ts';
import { runConnectionsScenario } from './scenarios/run-connections-scenario.ts';
import { runFanoutScenario } from './scenarios/run-fanout-scenario.ts';
import { runPersistScenario } from './scenarios/run-persist-scenario.ts';
import { runPluginsScenario } from './scenarios/run-plugins-scenario.ts';
import { runStormScenario } from './scenarios/run-storm-scenario.ts';

const RUNNERS: Record<Scenario, (options: BenchOptions, display: ProgressDisplay) => Promise<BenchResult>> = {
  smoke: runStormScenario,
  storm: runStormScenario,
  connections: runConnectionsScenario,
  fanout: runFanoutScenario,
  persist: runPersistScenario,
  plugins: runPluginsScenario,
};

export async function runBench(options: BenchOptions, display: ProgressDisplay = createProgressDisplay()): Promise<BenchResult> {
  try {
    return await RUNNERS[options.scenario](options, display);
  } finally {
    display.close();
  }
}

export function formatReport(options: BenchOptions, result: BenchResult, machine: string): string {
  return [
    `kefu bench ${options.scenario}: ${result.isCorrect ? 'correct (0 lost, 0 duplicated, 0 reordered)' : 'INCORRECT deliveries'}`,
    `machine: ${machine}`,
    ...result.report,
    ...result.warnings.map((w) => `warning: ${w}`),
  ].join('\n');
}
