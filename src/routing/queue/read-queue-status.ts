// Where a conversation stands in the queue, with an estimated wait: position × the average
// handling time of recently resolved conversations ÷ the open slots of online agents. With no
// agent online there is no honest estimate: etaSeconds is null and isAgentOnline false, and the
// widget offers the leave-a-message form instead of a made-up wait.
import type { Deps } from '../../deps.ts';
import type { QueueState } from '../../storage/models.ts';
import { compareQueueOrder, listWaiting } from './list-waiting.ts';

export interface QueueStatus {
  conversationId: string;
  state: QueueState;
  /** 1 = next to be served; null when not waiting. */
  position: number | null;
  etaSeconds: number | null;
  /** Whether an agent who could take it (its department's, if any) is online now. */
  isAgentOnline: boolean;
}

const HANDLE_TIME_SAMPLE = 20;

export async function readQueueStatus(deps: Pick<Deps, 'db' | 'config'>, conversationId: string): Promise<QueueStatus> {
  const conversation = await deps.db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: { id: true, workspaceId: true, queueState: true, priority: true, queuedAt: true, departmentId: true, skills: true, language: true },
  });
  const online = await deps.db.agent.aggregate({
    where: { workspaceId: conversation.workspaceId, presence: 'ONLINE', deactivatedAt: null, ...(conversation.departmentId ? { departments: { some: { departmentId: conversation.departmentId } } } : {}) },
    _sum: { maxConcurrent: true },
    _count: true,
  });
  const isAgentOnline = online._count > 0;
  if (conversation.queueState !== 'WAITING') return { conversationId, state: conversation.queueState, position: null, etaSeconds: null, isAgentOnline };
  const sameLine = (await listWaiting(deps, conversation.workspaceId)).filter((c) => c.departmentId === conversation.departmentId);
  const position = sameLine.filter((c) => compareQueueOrder(c, conversation) < 0).length + 1;
  const etaSeconds = isAgentOnline ? await estimateWaitSeconds(deps, conversation.workspaceId, position, online._sum.maxConcurrent ?? 0) : null;
  return { conversationId, state: 'WAITING', position, etaSeconds, isAgentOnline };
}

async function estimateWaitSeconds(deps: Pick<Deps, 'db' | 'config'>, workspaceId: string, position: number, onlineSlots: number): Promise<number> {
  const recent = await deps.db.conversation.findMany({
    where: { workspaceId, resolvedAt: { not: null }, assignedAt: { not: null } },
    orderBy: { resolvedAt: 'desc' },
    take: HANDLE_TIME_SAMPLE,
    select: { assignedAt: true, resolvedAt: true },
  });
  const handled = recent.map((c) => (c.resolvedAt!.getTime() - c.assignedAt!.getTime()) / 1000).filter((s) => s > 0);
  const handleSeconds = handled.length > 0 ? handled.reduce((a, b) => a + b, 0) / handled.length : deps.config.routing.defaultHandleSeconds;
  const slots = Math.max(1, onlineSlots);
  return Math.ceil((position * handleSeconds) / slots);
}
