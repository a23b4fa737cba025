// The delivery log keeps finished deliveries (DELIVERED, FAILED) for workspaceEvents.retentionDays,
// like the events they carried; pending ones are never deleted.
import type { Deps } from '../deps.ts';

export async function pruneWebhookDeliveries(deps: Pick<Deps, 'db' | 'config'>, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.config.workspaceEvents.retentionDays * 86_400_000);
  return (await deps.db.webhookDelivery.deleteMany({ where: { status: { in: ['DELIVERED', 'FAILED'] }, createdAt: { lt: cutoff } } })).count;
}
