// The shape of every database-driven timer (routing, tickets, orphan uploads): run a sweep every
// interval in each process, never two runs at once, log a failed run and try again next time, and
// let shutdown wait for the run in progress.
import type { Deps } from './deps.ts';

export interface PeriodicTask {
  close(): Promise<void>;
}

export function startPeriodicTask(log: Deps['log'], name: string, intervalMs: number, run: () => Promise<unknown>): PeriodicTask {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = run()
      .catch((error: unknown) => log.warn({ err: error }, `${name} failed`))
      .finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
