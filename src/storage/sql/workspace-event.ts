// WorkspaceEvent rows: the workspace's ordered event log (src/workspace-events/). Recorded in SQL
// because every stored message records one inside its append transaction (the busiest write).
// The Workspace row's lastEventPosition is bumped first, which takes its row lock until commit
// (on SQLite the group commit holds the write lock and counts a batch's bumps in memory,
// sqlite-batch-counters.ts): positions are gap-free and commit in order, so a reader that sees
// position n has seen every position below it.
import type { WorkspaceEvent } from '../models.ts';
import type { SqlDialect } from './dialect.ts';
import { decodeRow, insertRow, rowValues } from './model-columns.ts';
import { newRowId } from './new-row-id.ts';
import { incrementCounter, json, sql, type SqlStore, type Statement, type Steps } from './sql-store.ts';

export type NewWorkspaceEvent = Pick<WorkspaceEvent, 'workspaceId' | 'type'> & Partial<Pick<WorkspaceEvent, 'conversationId' | 'messageId' | 'visitorId' | 'data'>>;

/**
 * MySQL/MariaDB: takes the Workspace row's write lock before the append writes anything. InnoDB's
 * foreign-key checks take a shared lock on that row for every inserted message; two appends that
 * both hold it and then bump lastEventPosition deadlock. Taken first, the write lock orders them.
 * PostgreSQL's key-share locks do not conflict with the bump, and SQLite has one writer.
 */
export function* lockWorkspaceForEventSteps(dialect: SqlDialect, workspaceId: string): Steps<void> {
  if (dialect.name === 'mysql') yield sql`SELECT "id" FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
}

/** The row to record, all but its position (which the workspace's counter gives at insert). */
export function unnumberedWorkspaceEvent(event: NewWorkspaceEvent, now: Date): Omit<WorkspaceEvent, 'position'> {
  return {
    id: newRowId(),
    workspaceId: event.workspaceId,
    type: event.type,
    conversationId: event.conversationId ?? null,
    messageId: event.messageId ?? null,
    visitorId: event.visitorId ?? null,
    data: (event.data ?? null) as WorkspaceEvent['data'],
    createdAt: now,
  };
}

/** Bumps the workspace's position and inserts the event with it; null when the workspace is gone. */
export function* recordWorkspaceEventSteps(dialect: SqlDialect, event: NewWorkspaceEvent, now: Date): Steps<WorkspaceEvent | null> {
  const unnumbered = unnumberedWorkspaceEvent(event, now);
  if (dialect.name === 'postgresql') {
    const [inserted] = yield insertWithNextPosition(dialect, unnumbered);
    return inserted ? { ...unnumbered, position: Number(inserted.position) } : null;
  }
  const [workspace] = yield incrementCounter('Workspace', 'lastEventPosition', event.workspaceId);
  if (!workspace) return null;
  const row: WorkspaceEvent = { ...unnumbered, position: Number(workspace.lastEventPosition) };
  yield insertRow(dialect, 'WorkspaceEvent', { ...row, data: json(row.data) });
  return row;
}

/** PostgreSQL: the bump and the insert as one statement, one round trip fewer for every stored message. */
function insertWithNextPosition(dialect: SqlDialect, event: Omit<WorkspaceEvent, 'position'>): Statement {
  const values: Record<string, unknown> = { ...event, data: json(event.data) };
  const row = rowValues(dialect, 'WorkspaceEvent', values);
  const workspaceParam = Object.keys(values).indexOf('workspaceId') + 1;
  return {
    text:
      `WITH "bumped" AS (UPDATE "Workspace" SET "lastEventPosition" = "lastEventPosition" + 1 WHERE "id" = $${workspaceParam} RETURNING "lastEventPosition") ` +
      `INSERT INTO "WorkspaceEvent" (${row.columns}, "position") SELECT ${row.placeholders}, "lastEventPosition" FROM "bumped" RETURNING "position"`,
    params: row.params,
  };
}

/** Events after `afterPosition`, in position order, at most `limit`. */
export async function readWorkspaceEventsAfter(store: SqlStore, workspaceId: string, afterPosition: number, limit: number): Promise<WorkspaceEvent[]> {
  const rows = await store.all(sql`SELECT * FROM "WorkspaceEvent" WHERE "workspaceId" = ${workspaceId} AND "position" > ${afterPosition} ORDER BY "position" LIMIT ${limit}`);
  return rows.map((row) => decodeRow<WorkspaceEvent>(store.dialect, 'WorkspaceEvent', row));
}
