// Hook from sendMessage: the auto-reassign timer starts when a visitor writes to an assigned
// conversation and stops when the assignee answers visibly (internal notes do not count).
import type { Deps } from '../deps.ts';
import type { Message } from '../storage/generated/sqlite/index.js';

export async function noteRoutedMessage(deps: Pick<Deps, 'db'>, message: Pick<Message, 'conversationId' | 'authorType' | 'authorAgentId' | 'internal' | 'createdAt'>): Promise<void> {
  if (message.authorType === 'VISITOR') {
    await deps.db.conversation.updateMany({ where: { id: message.conversationId, assigneeId: { not: null }, awaitingReplySince: null }, data: { awaitingReplySince: message.createdAt } });
  } else if (message.authorType === 'AGENT' && !message.internal && message.authorAgentId) {
    await deps.db.conversation.updateMany({ where: { id: message.conversationId, assigneeId: message.authorAgentId }, data: { awaitingReplySince: null } });
  }
}
