// Auto-reassign: a conversation whose visitor has waited longer than the workspace's
// autoReassignSeconds for the assignee's reply goes to another available agent. With nobody else
// free it stays, and the timer restarts. Both paths are conditional on the assignee and timer
// the sweep saw, so one process acts per conversation.
import type { Deps } from '../deps.ts';
import { routeConversation } from './route-conversation.ts';
import { updateConversationWhere } from '../storage/sql/conversation.ts';

export async function reassignUnanswered(deps: Deps, now = new Date()): Promise<number> {
  const workspaces = await deps.db.workspace.findMany({ where: { autoReassignSeconds: { not: null } }, select: { id: true, autoReassignSeconds: true } });
  let moved = 0;
  for (const workspace of workspaces) {
    const due = await deps.db.conversation.findMany({
      where: { workspaceId: workspace.id, status: 'OPEN', assigneeId: { not: null }, awaitingReplySince: { lt: new Date(now.getTime() - workspace.autoReassignSeconds! * 1000) } },
      select: { id: true, assigneeId: true, awaitingReplySince: true },
      take: 100,
    });
    for (const conversation of due) {
      const outcome = await routeConversation(deps, conversation.id, { expectedAssigneeId: conversation.assigneeId, excludeAgentIds: [conversation.assigneeId!], reason: 'TRANSFERRED' });
      if (outcome === 'assigned') moved++;
      else await updateConversationWhere(deps.sql, { id: conversation.id, assigneeId: conversation.assigneeId, awaitingReplySince: conversation.awaitingReplySince }, { awaitingReplySince: now });
    }
  }
  return moved;
}
