// Report figures read from the conversation log (issue 17): per UTC day, grouped so the caller can
// fold them into totals, agents and weeks without another query. Everything comes from stored
// events: first visitor message and first visible agent reply (by seq), the first STATUS_CHANGED
// to RESOLVED or CLOSED, the seq-1 message (who opened it), and CSAT rows.
import type { Row, SqlStore, Statement } from './sql-store.ts';

export type ReportChannel = 'WIDGET' | 'STAFF' | 'API';

export interface ConversationFigureRow {
  /** UTC day the conversation was created, YYYY-MM-DD. */
  day: string;
  status: string;
  channel: ReportChannel;
  assigneeId: string | null;
  /** The agent who wrote the first visible reply. */
  replierId: string | null;
  conversations: number;
  responded: number;
  responseSecondsSum: number;
  resolved: number;
  resolutionSecondsSum: number;
}

export interface CsatFigureRow {
  /** UTC day of the rating. */
  day: string;
  assigneeId: string | null;
  score: number;
  ratings: number;
}

export interface ReportRange {
  workspaceId: string;
  from: Date;
  to: Date;
}

const count = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/** Conversations created in [from, to), grouped by day, status, channel, assignee and first replier. */
export async function readConversationFigures(store: SqlStore, range: ReportRange): Promise<ConversationFigureRow[]> {
  const d = store.dialect;
  // One level of joins, grouped by position: MariaDB 10.11 returned wrong rows when a prepared
  // statement with nested derived tables ran again on the same connection.
  const first = (alias: string, where: string) => `(SELECT MIN(${alias}."seq") FROM "Message" ${alias} WHERE ${alias}."conversationId" = c."id" AND ${where})`;
  const text = `
SELECT ${d.utcDay('c."createdAt"')} AS "day", c."status",
  CASE WHEN o."authorApiKeyId" IS NOT NULL THEN 'API' WHEN o."authorType" = 'AGENT' THEN 'STAFF' ELSE 'WIDGET' END AS "channel",
  c."assigneeId", r."authorAgentId" AS "replierId",
  COUNT(*) AS "conversations",
  COUNT(r."id") AS "responded", SUM(${d.secondsBetween('v."createdAt"', 'r."createdAt"')}) AS "responseSecondsSum",
  COUNT(s."id") AS "resolved", SUM(${d.secondsBetween('c."createdAt"', 's."createdAt"')}) AS "resolutionSecondsSum"
FROM "Conversation" c
LEFT JOIN "Message" o ON o."conversationId" = c."id" AND o."seq" = 1
LEFT JOIN "Message" v ON v."conversationId" = c."id" AND v."seq" = ${first('fv', `fv."authorType" = 'VISITOR' AND fv."kind" = 'TEXT'`)}
LEFT JOIN "Message" r ON r."conversationId" = c."id" AND r."seq" = ${first('fr', `fr."authorType" = 'AGENT' AND fr."kind" = 'TEXT' AND fr."internal" = $4 AND fr."seq" > v."seq"`)}
LEFT JOIN "Message" s ON s."conversationId" = c."id" AND s."seq" = ${first('fs', `fs."kind" = 'STATUS_CHANGED' AND ${d.jsonText('fs."data"', 'to')} IN ('RESOLVED', 'CLOSED')`)}
WHERE c."workspaceId" = $1 AND c."createdAt" >= $2 AND c."createdAt" < $3
GROUP BY 1, 2, 3, 4, 5`;
  const statement: Statement = { text, params: [range.workspaceId, range.from, range.to, false] };
  return (await store.all(statement)).map((row: Row) => ({
    day: String(row.day),
    status: String(row.status),
    channel: row.channel as ReportChannel,
    assigneeId: (row.assigneeId as string | null) ?? null,
    replierId: (row.replierId as string | null) ?? null,
    conversations: count(row.conversations),
    responded: count(row.responded),
    responseSecondsSum: count(row.responseSecondsSum),
    resolved: count(row.resolved),
    resolutionSecondsSum: count(row.resolutionSecondsSum),
  }));
}

/** CSAT ratings given in [from, to), by day, the rated conversation's assignee and score. */
export async function readCsatFigures(store: SqlStore, range: ReportRange): Promise<CsatFigureRow[]> {
  const day = store.dialect.utcDay('r."createdAt"');
  const text = `
SELECT ${day} AS "day", c."assigneeId", r."score", COUNT(*) AS "ratings"
FROM "CsatRating" r JOIN "Conversation" c ON c."id" = r."conversationId"
WHERE r."workspaceId" = $1 AND r."createdAt" >= $2 AND r."createdAt" < $3
GROUP BY ${day}, c."assigneeId", r."score"`;
  return (await store.all({ text, params: [range.workspaceId, range.from, range.to] })).map((row) => ({
    day: String(row.day),
    assigneeId: (row.assigneeId as string | null) ?? null,
    score: Number(row.score),
    ratings: count(row.ratings),
  }));
}
