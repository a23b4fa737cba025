// SQLite as Prisma stores it: DateTime as ISO-8601 text with +00:00, Boolean as 0/1, Json as text.
import { toSqliteMatch } from '../search-text.ts';
import { decodeCommon, type SqlDialect } from './dialect.ts';
import { JsonParam, sql } from './sql-store.ts';

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  placeholders: 'positional',
  param: (n) => `$${n}`,
  encode(value) {
    if (value === undefined || value === null) return null;
    if (value instanceof Date) return value.toISOString().replace('Z', '+00:00'); // Prisma's iso8601 format
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value instanceof JsonParam) return JSON.stringify(value.value);
    return value;
  },
  decode: (column, value) => (column.type === 'Json' && typeof value === 'string' ? JSON.parse(value) : decodeCommon(column.type, value)),
  lockRows: () => null,
  // julianday() reads Prisma's ISO text, zone suffix included.
  secondsBetween: (from, to) => `((julianday(${to}) - julianday(${from})) * 86400.0)`,
  utcDay: (expression) => `strftime('%Y-%m-%d', ${expression})`,
  jsonText: (expression, key) => `json_extract(${expression}, '$.${key}')`,
  searchMessages(workspaceId, query, limit, offset) {
    const match = toSqliteMatch(query);
    if (!match) return null;
    return sql`SELECT "messageId" AS "id" FROM "MessageSearch" WHERE "MessageSearch" MATCH ${match} AND "workspaceId" = ${workspaceId} ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`;
  },
};
