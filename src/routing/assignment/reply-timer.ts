// The auto-reassign timer starts when a visitor writes to an assigned conversation and stops when
// the assignee answers visibly (internal notes do not count). It moves in the same UPDATE that
// stores the message (storage/sql/conversation.ts bumpLastSeq), so sendMessage asks here which way.
import type { Message } from '../../storage/models.ts';
import type { ReplyTimerChange } from '../../storage/sql/conversation.ts';

export function replyTimerChange(message: Pick<Message, 'authorType' | 'authorAgentId' | 'internal'>): ReplyTimerChange {
  if (message.authorType === 'VISITOR') return { kind: 'start' };
  if (message.authorType === 'AGENT' && !message.internal && message.authorAgentId) return { kind: 'stop', assigneeId: message.authorAgentId };
  return null;
}
