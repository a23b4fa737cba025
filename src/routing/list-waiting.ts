// The queue: waiting conversations in service order, highest priority first, then oldest.
import type { Deps } from '../deps.ts';
import type { ConversationPriority } from '../storage/models.ts';
import { OPEN_STATUSES } from './claim-assignment.ts';

const PRIORITY_RANK: Record<ConversationPriority, number> = { URGENT: 3, HIGH: 2, NORMAL: 1, LOW: 0 };

export interface WaitingConversation {
  id: string;
  priority: ConversationPriority;
  queuedAt: Date | null;
  departmentId: string | null;
  skills: unknown;
  language: string | null;
}

export function compareQueueOrder(a: WaitingConversation, b: WaitingConversation): number {
  return PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || (a.queuedAt?.getTime() ?? 0) - (b.queuedAt?.getTime() ?? 0) || a.id.localeCompare(b.id);
}

export async function listWaiting(deps: Pick<Deps, 'db'>, workspaceId: string): Promise<WaitingConversation[]> {
  const rows = await deps.db.conversation.findMany({
    where: { workspaceId, queueState: 'WAITING', assigneeId: null, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, priority: true, queuedAt: true, departmentId: true, skills: true, language: true },
  });
  return rows.sort(compareQueueOrder);
}

/** Conversations that need the same kind of agent share a key: when one finds nobody, so do the rest. */
export function routingGroupOf(conversation: Pick<WaitingConversation, 'departmentId' | 'skills' | 'language'>): string {
  return JSON.stringify([conversation.departmentId, conversation.skills ?? [], conversation.language]);
}
