// Hook from sendMessage: the auto-reassign timer starts when a visitor writes to an assigned
// conversation and stops when the assignee answers visibly (internal notes do not count).
// It runs on every message, so it is prepared SQL (storage/sql/).
import type { Deps } from '../deps.ts';
import type { Message } from '../storage/models.ts';
import { sql } from '../storage/sql/sql-store.ts';

export async function noteRoutedMessage(deps: Pick<Deps, 'sql'>, message: Pick<Message, 'conversationId' | 'authorType' | 'authorAgentId' | 'internal' | 'createdAt'>): Promise<void> {
  const { conversationId, createdAt } = message;
  if (message.authorType === 'VISITOR') {
    await deps.sql.all(
      sql`UPDATE "Conversation" SET "awaitingReplySince" = ${createdAt}, "updatedAt" = ${createdAt} WHERE "id" = ${conversationId} AND "assigneeId" IS NOT NULL AND "awaitingReplySince" IS NULL`,
    );
  } else if (message.authorType === 'AGENT' && !message.internal && message.authorAgentId) {
    await deps.sql.all(
      sql`UPDATE "Conversation" SET "awaitingReplySince" = NULL, "updatedAt" = ${createdAt} WHERE "id" = ${conversationId} AND "assigneeId" = ${message.authorAgentId} AND "awaitingReplySince" IS NOT NULL`,
    );
  }
}
