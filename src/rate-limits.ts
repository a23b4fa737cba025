// Per-caller rate limits, enforced in domain functions so HTTP and WebSocket callers meet the
// same limit. Sliding window over the last minute, kept in this process.
import { KefuError } from './errors.ts';

export interface RateLimiter {
  /** Throws RATE_LIMITED when `key` already used `perMinute` slots in the last 60 s. */
  take(key: string, perMinute: number, what: string): void;
}

export function createRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, number[]>();
  let lastSweep = now();
  return {
    take(key, perMinute, what) {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, stamps] of windows) if (stamps.at(-1)! <= t - 60_000) windows.delete(k);
        lastSweep = t;
      }
      const stamps = (windows.get(key) ?? []).filter((s) => s > t - 60_000);
      if (stamps.length >= perMinute) {
        const retryAfterMs = stamps[0]! + 60_000 - t;
        throw new KefuError('RATE_LIMITED', `Too many ${what}: the limit is ${perMinute} per minute; retry in ${Math.ceil(retryAfterMs / 1000)} s.`, { retryAfterMs });
      }
      stamps.push(t);
      windows.set(key, stamps);
    },
  };
}
