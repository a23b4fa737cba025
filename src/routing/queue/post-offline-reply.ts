// The reply a visitor gets when nobody will come: out of business hours, or after waiting longer
// than the workspace's maxQueueWaitSeconds. It carries a leave-a-message form (data.form); what
// the visitor sends next is stored as usual for agents to answer later. One conditional update
// guards it, so the reply is posted once even when several processes notice at the same time.
import { appendIfConversationMatches } from '../../conversation-log/append-event.ts';
import type { Deps } from '../../deps.ts';
import { publishAssignment } from '../assignment/publish-assignment.ts';
import type { QueueState } from '../../storage/models.ts';

export type OfflineReason = 'OUT_OF_HOURS' | 'QUEUE_TIMEOUT';

export const DEFAULT_OFFLINE_REPLY = 'All our agents are busy right now. Leave your email and message, and we will get back to you.';

export async function postOfflineReply(
  deps: Deps,
  conversation: { id: string; workspaceId: string },
  fromStates: QueueState[],
  reason: OfflineReason,
  body: string,
): Promise<boolean> {
  const appended = await appendIfConversationMatches(deps, { id: conversation.id, assigneeId: null, queueState: fromStates }, { queueState: 'OFFLINE' }, {
    workspaceId: conversation.workspaceId,
    conversationId: conversation.id,
    kind: 'TEXT',
    authorType: 'SYSTEM',
    body,
    data: { reason, form: 'LEAVE_MESSAGE', fields: ['email', 'message'] },
  });
  if (!appended) return false;
  await publishAssignment(deps, [appended], 'UPDATED');
  return true;
}
