// Where a conversation stands in the queue, with an estimated wait: position × the average
// handling time of recently resolved conversations ÷ the open slots of online agents.
import type { Deps } from '../deps.ts';
import type { QueueState } from '../storage/models.ts';
import { compareQueueOrder, listWaiting } from './list-waiting.ts';

export interface QueueStatus {
  conversationId: string;
  state: QueueState;
  /** 1 = next to be served; null when not waiting. */
  position: number | null;
  etaSeconds: number | null;
}

const HANDLE_TIME_SAMPLE = 20;

export async function readQueueStatus(deps: Pick<Deps, 'db' | 'config'>, conversationId: string): Promise<QueueStatus> {
  const conversation = await deps.db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: { id: true, workspaceId: true, queueState: true, priority: true, queuedAt: true, departmentId: true, skills: true, language: true },
  });
  if (conversation.queueState !== 'WAITING') return { conversationId, state: conversation.queueState, position: null, etaSeconds: null };
  const sameLine = (await listWaiting(deps, conversation.workspaceId)).filter((c) => c.departmentId === conversation.departmentId);
  const position = sameLine.filter((c) => compareQueueOrder(c, conversation) < 0).length + 1;
  return { conversationId, state: 'WAITING', position, etaSeconds: await estimateWaitSeconds(deps, conversation.workspaceId, conversation.departmentId, position) };
}

async function estimateWaitSeconds(deps: Pick<Deps, 'db' | 'config'>, workspaceId: string, departmentId: string | null, position: number): Promise<number> {
  const [recent, online] = await Promise.all([
    deps.db.conversation.findMany({
      where: { workspaceId, resolvedAt: { not: null }, assignedAt: { not: null } },
      orderBy: { resolvedAt: 'desc' },
      take: HANDLE_TIME_SAMPLE,
      select: { assignedAt: true, resolvedAt: true },
    }),
    deps.db.agent.aggregate({
      where: { workspaceId, presence: 'ONLINE', ...(departmentId ? { departments: { some: { departmentId } } } : {}) },
      _sum: { maxConcurrent: true },
    }),
  ]);
  const handled = recent.map((c) => (c.resolvedAt!.getTime() - c.assignedAt!.getTime()) / 1000).filter((s) => s > 0);
  const handleSeconds = handled.length > 0 ? handled.reduce((a, b) => a + b, 0) / handled.length : deps.config.routing.defaultHandleSeconds;
  const slots = Math.max(1, online._sum.maxConcurrent ?? 0);
  return Math.ceil((position * handleSeconds) / slots);
}
