// PostgreSQL: one append (conversation-log/append-event.ts) as one statement. As a transaction it
// is five round trips (BEGIN, the seq bump, the message, the workspace event, COMMIT), and on a
// loopback socket each costs tens of µs of kernel time (bench/README.md). Data-modifying CTEs
// commit together or not at all and take the same row locks in the same order: the conversation
// (the bump, which the others read) before the workspace (the event's position).
import type { Message, WorkspaceEvent } from '../models.ts';
import type { SqlDialect } from './dialect.ts';
import { rowValues } from './model-columns.ts';
import { json, type Statement } from './sql-store.ts';

/**
 * `bump` is the conversation's `UPDATE … RETURNING *` (conversation.ts); the message is inserted
 * with the bumped lastSeq as its seq, and the event with the workspace's next position. Returns
 * the bumped conversation row, or no row (and writes nothing) when there is no such conversation.
 */
export function appendInOneStatement(dialect: SqlDialect, bump: Statement, message: Omit<Message, 'seq'>, event: Omit<WorkspaceEvent, 'position'>): Statement {
  // The bump keeps its $1…$n; the rows' values are numbered after them.
  const messageValues = rowValues(dialect, 'Message', { ...message, data: json(message.data) }, bump.params.length + 1);
  const eventValues = rowValues(dialect, 'WorkspaceEvent', { ...event, data: json(event.data) }, bump.params.length + messageValues.params.length + 1);
  return {
    text:
      `WITH "bumped" AS (${bump.text}), ` +
      `"message" AS (INSERT INTO "Message" (${messageValues.columns}, "seq") SELECT ${messageValues.placeholders}, "lastSeq" FROM "bumped"), ` +
      `"position" AS (UPDATE "Workspace" SET "lastEventPosition" = "lastEventPosition" + 1 WHERE "id" = (SELECT "workspaceId" FROM "bumped") RETURNING "lastEventPosition"), ` +
      `"event" AS (INSERT INTO "WorkspaceEvent" (${eventValues.columns}, "position") SELECT ${eventValues.placeholders}, "lastEventPosition" FROM "position") ` +
      `SELECT * FROM "bumped"`,
    params: [...bump.params, ...messageValues.params, ...eventValues.params],
  };
}
