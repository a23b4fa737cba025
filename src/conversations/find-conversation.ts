// Conversation reads on the per-message path (every send and subscribe), as prepared SQL.
import type { Deps } from '../deps.ts';
import type { Conversation } from '../storage/models.ts';
import { decodeRow } from '../storage/sql/model-columns.ts';
import { sql } from '../storage/sql/sql-store.ts';

export async function findConversationInWorkspace(deps: Pick<Deps, 'sql'>, id: string, workspaceId: string): Promise<Conversation | null> {
  const [row] = await deps.sql.all(sql`SELECT * FROM "Conversation" WHERE "id" = ${id} AND "workspaceId" = ${workspaceId}`);
  return row ? decodeRow<Conversation>(deps.sql.dialect, 'Conversation', row) : null;
}

export async function readLastSeq(deps: Pick<Deps, 'sql'>, id: string): Promise<number> {
  const [row] = await deps.sql.all(sql`SELECT "lastSeq" FROM "Conversation" WHERE "id" = ${id}`);
  if (!row) throw new Error(`Conversation ${id} disappeared`);
  return Number(row.lastSeq);
}
