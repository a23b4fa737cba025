// Hook from sendMessage: the auto-reassign timer starts when a visitor writes to an assigned
// conversation and stops when the assignee answers visibly (internal notes do not count).
// It runs on every message, so it is prepared SQL (storage/sql/).
import type { Deps } from '../deps.ts';
import type { Message } from '../storage/models.ts';
import { startAwaitingReply, stopAwaitingReply } from '../storage/sql/conversation.ts';

export async function noteRoutedMessage(deps: Pick<Deps, 'sql'>, message: Pick<Message, 'conversationId' | 'authorType' | 'authorAgentId' | 'internal' | 'createdAt'>): Promise<void> {
  const { conversationId, createdAt } = message;
  if (message.authorType === 'VISITOR') {
    await startAwaitingReply(deps.sql, conversationId, createdAt);
  } else if (message.authorType === 'AGENT' && !message.internal && message.authorAgentId) {
    await stopAwaitingReply(deps.sql, conversationId, message.authorAgentId, createdAt);
  }
}
