// Message reads on the per-message path (the dedupe lookup of every send, stream replay and gap
// fills), as prepared SQL (storage/sql/).
import type { Deps } from '../deps.ts';
import type { Message } from '../storage/models.ts';
import { decodeRow } from '../storage/sql/model-columns.ts';
import { sql } from '../storage/sql/sql-store.ts';

const MAX_SEQ = 2_147_483_647;

export async function findMessageByClientId(deps: Pick<Deps, 'sql'>, conversationId: string, clientMessageId: string): Promise<Message | null> {
  const [row] = await deps.sql.all(sql`SELECT * FROM "Message" WHERE "conversationId" = ${conversationId} AND "clientMessageId" = ${clientMessageId}`);
  return row ? decodeRow<Message>(deps.sql.dialect, 'Message', row) : null;
}

/** Events with afterSeq < seq < beforeSeq in seq order, at most `limit`; internal notes only for staff. */
export async function readMessagesAfter(
  deps: Pick<Deps, 'sql'>,
  query: { conversationId: string; afterSeq: number; beforeSeq?: number; includeInternal: boolean; limit: number },
): Promise<Message[]> {
  const { conversationId, afterSeq, limit } = query;
  const beforeSeq = query.beforeSeq ?? MAX_SEQ;
  const rows = await deps.sql.all(
    query.includeInternal
      ? sql`SELECT * FROM "Message" WHERE "conversationId" = ${conversationId} AND "seq" > ${afterSeq} AND "seq" < ${beforeSeq} ORDER BY "seq" LIMIT ${limit}`
      : sql`SELECT * FROM "Message" WHERE "conversationId" = ${conversationId} AND "seq" > ${afterSeq} AND "seq" < ${beforeSeq} AND "internal" = ${false} ORDER BY "seq" LIMIT ${limit}`,
  );
  return rows.map((row) => decodeRow<Message>(deps.sql.dialect, 'Message', row));
}
