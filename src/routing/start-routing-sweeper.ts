// The timers of routing, driven from the database so they work with any number of processes:
// every routing.sweepIntervalMs each process expires presence, times out long waits, reassigns
// unanswered conversations and serves the queue. Each action is a conditional update that only
// one process wins, so running the sweep everywhere at once is safe.
import type { Deps } from '../deps.ts';
import { expirePresence } from '../presence/refresh-agent-presence.ts';
import { drainQueue } from './drain-queue.ts';
import { reassignUnanswered } from './reassign-unanswered.ts';
import { timeOutQueue } from './time-out-queue.ts';

async function sweepRouting(deps: Deps): Promise<void> {
  await expirePresence(deps);
  await timeOutQueue(deps);
  await reassignUnanswered(deps);
  const queued = await deps.db.conversation.findMany({ where: { queueState: 'WAITING', assigneeId: null }, distinct: ['workspaceId'], select: { workspaceId: true } });
  for (const { workspaceId } of queued) await drainQueue(deps, workspaceId);
}

export function startRoutingSweeper(deps: Deps): { close(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sweepRouting(deps)
      .catch((error) => deps.log.warn({ err: error }, 'routing sweep failed'))
      .finally(() => (running = null));
  }, deps.config.routing.sweepIntervalMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
