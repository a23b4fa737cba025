// Turns the workspace event log into delivery rows, per endpoint: read the events after the
// endpoint's cursor, then, in one transaction, move the cursor only if it is still where it was
// read (the conditional UPDATE takes the row lock first) and insert the deliveries. Two processes
// doing this at once: the second one's UPDATE matches nothing and it rolls back, so no event is
// fanned out twice; a process dying mid-way leaves the cursor where it was, so none is lost.
import type { Deps } from '../deps.ts';
import { readWorkspaceEventsAfter } from '../storage/sql/workspace-event.ts';
import type { WebhookEndpoint } from '../storage/models.ts';
import { toWorkspaceEventPayloads } from '../workspace-events/workspace-event-payload.ts';
import { insertDeliveries } from './enqueue-webhook-event.ts';

const PAGE_SIZE = 100;

class CursorMoved extends Error {}

/** Fans out one page for every enabled endpoint that is behind; the number of deliveries made. */
export async function fanOutWorkspaceEvents(deps: Pick<Deps, 'db' | 'sql' | 'log'>): Promise<number> {
  const endpoints = await deps.db.webhookEndpoint.findMany({
    where: { enabled: true },
    select: { id: true, workspaceId: true, cursor: true, events: true, workspace: { select: { lastEventPosition: true } } },
  });
  let made = 0;
  for (const endpoint of endpoints) {
    if (endpoint.cursor >= endpoint.workspace.lastEventPosition) continue;
    made += await fanOutEndpoint(deps, endpoint);
  }
  return made;
}

async function fanOutEndpoint(deps: Pick<Deps, 'db' | 'sql' | 'log'>, endpoint: Pick<WebhookEndpoint, 'id' | 'workspaceId' | 'cursor' | 'events'>): Promise<number> {
  const page = await readWorkspaceEventsAfter(deps.sql, endpoint.workspaceId, endpoint.cursor, PAGE_SIZE);
  if (page.length === 0) return 0;
  const wanted = new Set(endpoint.events as string[]);
  const events = (await toWorkspaceEventPayloads(deps, page)).filter((event) => wanted.has(event.type));
  const nextCursor = page.at(-1)!.position;
  try {
    return await deps.db.$transaction(async (tx) => {
      const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, cursor: endpoint.cursor }, data: { cursor: nextCursor } });
      if (count === 0) throw new CursorMoved();
      return (await insertDeliveries(tx, endpoint.id, events)).length;
    });
  } catch (error) {
    if (error instanceof CursorMoved) return 0; // another process fanned out this page first
    throw error;
  }
}
