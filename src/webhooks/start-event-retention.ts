// Every process deletes expired workspace events and finished webhook deliveries now and then;
// two processes deleting the same rows is harmless.
import type { Deps } from '../deps.ts';
import { startPeriodicTask, type PeriodicTask } from '../periodic-task.ts';
import { pruneWorkspaceEvents } from '../workspace-events/prune-workspace-events.ts';
import { pruneWebhookDeliveries } from './prune-webhook-deliveries.ts';

export function startEventRetention(deps: Pick<Deps, 'db' | 'config' | 'log'>): PeriodicTask {
  return startPeriodicTask(deps.log, 'event retention', deps.config.workspaceEvents.pruneIntervalMs, async () => {
    const events = await pruneWorkspaceEvents(deps);
    const deliveries = await pruneWebhookDeliveries(deps);
    if (events + deliveries > 0) deps.log.info({ events, deliveries }, 'expired workspace events and webhook deliveries deleted');
  });
}
