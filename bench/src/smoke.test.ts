// `npm test` runs the smoke scenario for correctness only: every socket subscribed, and across a
// reconnect storm nothing lost, duplicated or reordered. Timings are reported, never asserted.
import { expect, it } from 'vitest';
import { resolveOptions } from './options.ts';
import { createProgressDisplay } from './report/progress-display.ts';
import { runBench } from './run-bench.ts';

it('delivers every message exactly once and in order to every socket, across a reconnect storm', async () => {
  const result = await runBench(resolveOptions('smoke', {}), createProgressDisplay(process.stderr, true));
  expect(result.summary.connections).toBe(100);
  expect({ lost: result.summary.lost, duplicated: result.summary.duplicated, reordered: result.summary.reordered }).toEqual({ lost: 0, duplicated: 0, reordered: 0 });
  expect(result.summary.stormResubscribed).toBe(result.summary.stormDropped);
  expect(result.isCorrect).toBe(true);
}, 120_000);
