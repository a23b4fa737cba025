import { describe, expect, it } from 'vitest';
import { formatStep, stealWarnings } from './bench-result.ts';
import { markUsage, stealSince } from './servers/sample-processes.ts';

const step = (steal: number) => ({
  targetDeliveriesPerSec: 1000,
  deliveriesPerSec: 1000,
  latency: { p50Ms: 1, p90Ms: 2, p99Ms: 3, p999Ms: 4, maxMs: 5 },
  serverCores: 0.5,
  busiestEventLoopCores: 0.4,
  serverCpuUsPerDelivery: 500,
  clientCores: 0.2,
  maxClientProcessCores: 0.1,
  sendErrors: 0,
  isDrained: true,
  steal,
});

describe('bench step report', () => {
  it('shows each step’s steal, and marks and warns about the steps of a noisy box', () => {
    expect(formatStep('', step(0.01))).toMatch(/\| steal 1 %$/);
    expect(formatStep('', step(0.3))).toMatch(/\| steal 30 % \(NOISY BOX\)$/);
    expect(stealWarnings('kefu', [step(0), step(0.01)])).toEqual([]);
    expect(stealWarnings('kefu', [step(0.01), step(0.3), step(0.12)])).toEqual([expect.stringMatching(/^kefu: the hypervisor took up to 30 % .* in 2 of 3 steps/)]);
  });

  it('reads the box’s steal as a share between 0 and 1', async () => {
    const mark = markUsage([process.pid]);
    const until = Date.now() + 50;
    while (Date.now() < until); // some ticks to divide
    const steal = stealSince(mark);
    expect(steal).toBeGreaterThanOrEqual(0);
    expect(steal).toBeLessThanOrEqual(1);
  });
});
