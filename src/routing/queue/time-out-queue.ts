// Max queue wait: a visitor waiting longer than the workspace's maxQueueWaitSeconds gets the
// offline reply with a leave-a-message form and leaves the queue.
import type { Deps } from '../../deps.ts';
import { DEFAULT_OFFLINE_REPLY, postOfflineReply } from './post-offline-reply.ts';

export async function timeOutQueue(deps: Deps, now = new Date()): Promise<number> {
  const workspaces = await deps.db.workspace.findMany({ where: { maxQueueWaitSeconds: { not: null } }, select: { id: true, maxQueueWaitSeconds: true, offlineReply: true } });
  let timedOut = 0;
  for (const workspace of workspaces) {
    const due = await deps.db.conversation.findMany({
      where: { workspaceId: workspace.id, queueState: 'WAITING', assigneeId: null, queuedAt: { lt: new Date(now.getTime() - workspace.maxQueueWaitSeconds! * 1000) } },
      select: { id: true, workspaceId: true },
      take: 100,
    });
    for (const conversation of due) {
      if (await postOfflineReply(deps, conversation, ['WAITING'], 'QUEUE_TIMEOUT', workspace.offlineReply ?? DEFAULT_OFFLINE_REPLY)) timedOut++;
    }
  }
  return timedOut;
}
