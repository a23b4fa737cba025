// The outbox's front door. Two ways in:
// - for a workspace: record a workspace event; it reaches the workspace stream and, through the
//   fan-out (fan-out-workspace-events.ts), every enabled endpoint subscribed to its type;
// - for one target (an agent bot's endpoint): a delivery row for that endpoint only.
// A delivery's body is fixed when it is enqueued, so retries and replays send the same bytes.
import type { Deps } from '../deps.ts';
import { AGENT_BOT_EVENT_PREFIX, type WorkspaceEventType } from '../events/workspace-event-types.ts';
import type { Prisma, WebhookDelivery } from '../storage/models.ts';
import { newRowId } from '../storage/sql/new-row-id.ts';
import { recordWorkspaceEvent } from '../workspace-events/record-workspace-event.ts';
import type { WorkspaceEventJson } from '../workspace-events/workspace-event-payload.ts';

export type EnqueueWebhookEventInput =
  | { workspaceId: string; type: WorkspaceEventType; conversationId?: string; visitorId?: string; data?: Prisma.InputJsonValue }
  | { workspaceId: string; endpointId: string; type: string; conversationId?: string; visitorId?: string; data?: unknown; id?: string };

/** For a workspace: null (the fan-out makes the deliveries). For a target: its delivery. */
export async function enqueueWebhookEvent(deps: Pick<Deps, 'db' | 'sql' | 'bus' | 'log'>, input: EnqueueWebhookEventInput): Promise<WebhookDelivery | null> {
  if (!('endpointId' in input)) {
    await recordWorkspaceEvent(deps, input);
    return null;
  }
  const endpoint = await deps.db.webhookEndpoint.findFirst({ where: { id: input.endpointId, workspaceId: input.workspaceId }, select: { id: true } });
  if (!endpoint) throw new Error(`No webhook endpoint ${input.endpointId} in workspace ${input.workspaceId}`);
  const event: WorkspaceEventJson = {
    id: input.id ?? newRowId(),
    type: input.type,
    workspaceId: input.workspaceId,
    cursor: '',
    createdAt: new Date().toISOString(),
    conversation: null,
    message: null,
    visitorId: input.visitorId ?? null,
    data: { conversationId: input.conversationId ?? null, ...(typeof input.data === 'object' && input.data !== null ? input.data : { value: input.data ?? null }) },
  };
  const [delivery] = await insertDeliveries(deps.db, endpoint.id, [event]);
  return delivery!;
}

/** Delivery rows of these events for one endpoint (in the caller's transaction when given one). */
export async function insertDeliveries(db: Pick<Prisma.TransactionClient, 'webhookDelivery'>, endpointId: string, events: WorkspaceEventJson[], workspaceId?: string): Promise<WebhookDelivery[]> {
  const rows: WebhookDelivery[] = [];
  for (const event of events) {
    rows.push(
      await db.webhookDelivery.create({
        data: { workspaceId: workspaceId ?? event.workspaceId, endpointId, eventId: event.id, eventType: event.type, body: JSON.stringify(event) },
      }),
    );
  }
  return rows;
}

export function isAgentBotEvent(type: string): boolean {
  return type.startsWith(AGENT_BOT_EVENT_PREFIX);
}
