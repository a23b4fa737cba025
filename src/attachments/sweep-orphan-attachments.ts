// Uploads that no message carried within attachments.orphanTtlSeconds are deleted, bytes first, so
// a crash in between leaves a row the next sweep retries rather than a file nobody can find.
// Each process sweeps; deleting the same upload twice is harmless.
import { startPeriodicTask, type PeriodicTask } from '../periodic-task.ts';
import type { Deps } from '../deps.ts';
import { fileKeyOf } from './file-store.ts';

const BATCH = 200;

/** Deletes one batch of orphans; returns how many. */
export async function sweepOrphanAttachments(deps: Pick<Deps, 'db' | 'files' | 'config'>, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.config.attachments.orphanTtlSeconds * 1000);
  const orphans = await deps.db.attachment.findMany({ where: { messageId: null, createdAt: { lt: cutoff } }, take: BATCH, select: { id: true, workspaceId: true, hasThumbnail: true } });
  for (const orphan of orphans) {
    await deps.files.delete(fileKeyOf(orphan));
    if (orphan.hasThumbnail) await deps.files.delete(fileKeyOf(orphan, 'thumb'));
  }
  if (orphans.length > 0) await deps.db.attachment.deleteMany({ where: { id: { in: orphans.map((o) => o.id) }, messageId: null } });
  return orphans.length;
}

export function startOrphanSweeper(deps: Pick<Deps, 'db' | 'files' | 'config' | 'log'>, intervalMs = 60_000): PeriodicTask {
  return startPeriodicTask(deps.log, 'orphan attachment sweep', intervalMs, async () => {
    const count = await sweepOrphanAttachments(deps);
    if (count > 0) deps.log.info({ count }, 'orphan attachments deleted');
  });
}
