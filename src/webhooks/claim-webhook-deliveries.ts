// One process at a time per outbox row: a delivery is due when PENDING, past nextAttemptAt and not
// leased (or its lease ran out: the process that held it died). A process claims a row with one
// conditional UPDATE that repeats those conditions; on every database only one UPDATE can match,
// so only one process POSTs it until the lease ends (config webhooks.leaseMs > timeoutMs).
import type { Deps } from '../deps.ts';
import type { WebhookDelivery } from '../storage/models.ts';

const BATCH = 20;

function dueFilter(now: Date) {
  return { status: 'PENDING', nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }], endpoint: { enabled: true } };
}

/** Claims up to a batch of due deliveries for `owner`; each returned row is this process's until its lease ends. */
export async function claimWebhookDeliveries(deps: Pick<Deps, 'db' | 'config'>, owner: string): Promise<WebhookDelivery[]> {
  const now = new Date();
  const due = await deps.db.webhookDelivery.findMany({ where: dueFilter(now), orderBy: { nextAttemptAt: 'asc' }, take: BATCH, select: { id: true } });
  const claimed: WebhookDelivery[] = [];
  for (const { id } of due) {
    const { count } = await deps.db.webhookDelivery.updateMany({
      where: { id, ...dueFilter(now) },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + deps.config.webhooks.leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) claimed.push(await deps.db.webhookDelivery.findUniqueOrThrow({ where: { id } }));
  }
  return claimed;
}
