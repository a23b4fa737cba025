// Jittered exponential backoff shared by the socket, resumable subscriptions and the outbox.

/** How the client retries after a lost connection or a retryable error. */
export interface RetryOptions {
  /** Delay before the first retry; each further retry doubles it. @default 500 */
  initialDelayMs?: number;
  /** Upper bound of one delay. @default 30000 */
  maxDelayMs?: number;
  /** Consecutive failed attempts after which `state` becomes `'offline'`. @default 3 */
  offlineAfterAttempts?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  return { initialDelayMs: 500, maxDelayMs: 30_000, offlineAfterAttempts: 3, ...options };
}

/**
 * Delay before retry number `attempt` (0-based): "equal jitter", a random value between half and
 * all of min(max, initial × 2^attempt), so a fleet of clients dropped together doesn't return together.
 */
export function computeBackoffMs(attempt: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** A delay that `wake()` ends early (e.g. when the connection returns), and `cancel()` ends for good. */
export interface WakeableDelay {
  promise: Promise<void>;
  wake(): void;
}

export function createWakeableDelay(ms: number): WakeableDelay {
  let wake!: () => void;
  const promise = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { promise, wake };
}
