// Replay: the same body and event id (so a receiver that stored it can dedupe) as a new delivery,
// sent on the next dispatcher tick; the original row keeps its history.
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { WebhookDelivery } from '../storage/models.ts';

export async function replayWebhookDelivery(deps: Pick<Deps, 'db'>, principal: Principal | null, deliveryId: string): Promise<WebhookDelivery> {
  const caller = requireAdmin(principal);
  const original = await deps.db.webhookDelivery.findFirst({ where: { id: deliveryId, workspaceId: caller.workspaceId } });
  if (!original) throw new KefuError('NOT_FOUND', 'No webhook delivery with this id in your workspace; find it in webhookEndpoints { deliveries }.');
  return deps.db.webhookDelivery.create({
    data: { workspaceId: original.workspaceId, endpointId: original.endpointId, eventId: original.eventId, eventType: original.eventType, body: original.body, replayOf: original.id },
  });
}
