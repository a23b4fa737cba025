// The timers of routing, driven from the database so they work with any number of processes:
// every routing.sweepIntervalMs each process expires presence, times out long waits, reassigns
// unanswered conversations and serves the queue. Each action is a conditional update that only
// one process wins, so running the sweep everywhere at once is safe.
import type { Deps } from '../deps.ts';
import { startPeriodicTask, type PeriodicTask } from '../periodic-task.ts';
import { expirePresence } from '../presence/refresh-agent-presence.ts';
import { drainQueue } from './queue/drain-queue.ts';
import { reassignUnanswered } from './assignment/reassign-unanswered.ts';
import { timeOutQueue } from './queue/time-out-queue.ts';

async function sweepRouting(deps: Deps): Promise<void> {
  await expirePresence(deps);
  await timeOutQueue(deps);
  await reassignUnanswered(deps);
  const queued = await deps.db.conversation.findMany({ where: { queueState: 'WAITING', assigneeId: null }, distinct: ['workspaceId'], select: { workspaceId: true } });
  for (const { workspaceId } of queued) await drainQueue(deps, workspaceId);
}

export function startRoutingSweeper(deps: Deps): PeriodicTask {
  return startPeriodicTask(deps.log, 'routing sweep', deps.config.routing.sweepIntervalMs, () => sweepRouting(deps));
}
