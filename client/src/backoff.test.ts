import { describe, expect, it } from 'vitest';
import { computeBackoffMs, resolveRetryOptions } from './backoff.ts';

describe('computeBackoffMs', () => {
  const options = resolveRetryOptions({ initialDelayMs: 100, maxDelayMs: 1000 });

  it('doubles the ceiling per attempt, jitters between half and all of it, and caps at maxDelayMs', () => {
    const lowest = [0, 1, 2, 3, 4, 40].map((attempt) => computeBackoffMs(attempt, options, () => 0));
    const highest = [0, 1, 2, 3, 4, 40].map((attempt) => computeBackoffMs(attempt, options, () => 1));
    expect(lowest).toEqual([50, 100, 200, 400, 500, 500]);
    expect(highest).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});
