// Retention of the workspace event log: events older than workspaceEvents.retentionDays are
// deleted, oldest first, but never one an enabled webhook endpoint has not fanned out yet (a
// disabled endpoint keeps at most the retention period of backlog). Positions stay gap-free from
// the oldest kept event on, which is how a stream tells an expired cursor (stream-workspace-events.ts).
import type { Deps } from '../deps.ts';

const BATCH = 5_000;

/** Deletes expired events in every workspace; returns how many. */
export async function pruneWorkspaceEvents(deps: Pick<Deps, 'db' | 'config'>, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.config.workspaceEvents.retentionDays * 86_400_000);
  const workspaces = await deps.db.workspace.findMany({ where: { lastEventPosition: { gt: 0 } }, select: { id: true, lastEventPosition: true } });
  let deleted = 0;
  for (const { id: workspaceId, lastEventPosition } of workspaces) {
    const [oldest, firstKept, slowest] = await Promise.all([
      deps.db.workspaceEvent.findFirst({ where: { workspaceId }, orderBy: { position: 'asc' }, select: { position: true } }),
      deps.db.workspaceEvent.findFirst({ where: { workspaceId, createdAt: { gte: cutoff } }, orderBy: { position: 'asc' }, select: { position: true } }),
      deps.db.webhookEndpoint.findFirst({ where: { workspaceId, enabled: true }, orderBy: { cursor: 'asc' }, select: { cursor: true } }),
    ]);
    if (!oldest) continue;
    let upTo = firstKept ? firstKept.position - 1 : lastEventPosition;
    if (slowest) upTo = Math.min(upTo, slowest.cursor);
    // In batches, so a first run over a long history does not hold one huge delete.
    for (let from = oldest.position; from <= upTo; from += BATCH) {
      deleted += (await deps.db.workspaceEvent.deleteMany({ where: { workspaceId, position: { gte: from, lt: from + BATCH, lte: upTo } } })).count;
    }
  }
  return deleted;
}
