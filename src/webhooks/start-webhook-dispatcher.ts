// Every process runs one dispatcher (config webhooks.isDispatcherEnabled): each tick fans the
// workspace event log out to endpoints, then claims the due deliveries and POSTs them. Nothing is
// held in memory between ticks: the outbox rows are the state, so a restart loses nothing.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { claimWebhookDeliveries } from './claim-webhook-deliveries.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { fanOutWorkspaceEvents } from './fan-out-workspace-events.ts';

export interface WebhookDispatcher {
  /** Runs one tick now (tests, and the loop). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** Most POSTs one process waits on at once; past it, due deliveries wait for the next tick. */
const MAX_IN_FLIGHT = 100;

export function startWebhookDispatcher(deps: Pick<Deps, 'db' | 'sql' | 'config' | 'log'>): WebhookDispatcher {
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const log = deps.log.child({ component: 'webhooks' });
  let isClosed = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const inFlight = new Set<Promise<unknown>>();

  // Each POST runs on its own: a receiver that takes webhooks.timeoutMs to answer (a hung bot)
  // holds up only its own deliveries, not the next ticks' for every other endpoint and workspace.
  const tick = async () => {
    await fanOutWorkspaceEvents(deps);
    while (!isClosed && inFlight.size < MAX_IN_FLIGHT) {
      const claimed = await claimWebhookDeliveries(deps, owner);
      if (claimed.length === 0) break;
      for (const delivery of claimed) {
        const sending: Promise<unknown> = deliverWebhook({ ...deps, log }, delivery, owner)
          .catch((error: unknown) => log.error({ err: error, deliveryId: delivery.id }, 'webhook dispatch failed'))
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
    }
  };
  const loop = () => {
    if (isClosed) return;
    running = tick()
      .catch((error: unknown) => log.error({ err: error }, 'webhook dispatch failed'))
      .finally(() => {
        if (!isClosed) timer = setTimeout(loop, deps.config.webhooks.pollIntervalMs);
      });
  };
  if (deps.config.webhooks.isDispatcherEnabled) loop();

  return {
    tick,
    async close() {
      isClosed = true;
      if (timer) clearTimeout(timer);
      await running;
      await Promise.all(inFlight);
    },
  };
}
