// PostgreSQL as Prisma stores it: enums as their own types, DateTime as timestamp(3) without time
// zone in UTC, Json as jsonb. Text parameters need explicit casts to those types.
import { toPostgresTsquery } from '../search-text.ts';
import { decodeCommon, type SqlDialect } from './dialect.ts';
import { JsonParam, sql } from './sql-store.ts';

export const postgresDialect: SqlDialect = {
  name: 'postgresql',
  placeholders: 'numbered',
  param(n, { type, isEnum }) {
    if (isEnum) return `$${n}::"${type}"`;
    if (type === 'DateTime') return `$${n}::timestamp(3)`;
    if (type === 'Json') return `$${n}::jsonb`;
    return `$${n}`;
  },
  encode(value) {
    if (value === undefined || value === null) return null;
    // The zone suffix is ignored by timestamp without time zone, so this stores the UTC wall time.
    if (value instanceof Date) return value.toISOString();
    if (value instanceof JsonParam) return JSON.stringify(value.value);
    return value;
  },
  // pg and Prisma's raw queries hand back parsed JSON already.
  decode: (column, value) => decodeCommon(column.type, value),
  lockRows: (mode) => (mode === 'wait' ? 'FOR UPDATE' : 'FOR UPDATE SKIP LOCKED'),
  secondsBetween: (from, to) => `EXTRACT(EPOCH FROM (${to} - ${from}))`,
  utcDay: (expression) => `to_char(${expression}, 'YYYY-MM-DD')`,
  jsonText: (expression, key) => `(${expression} ->> '${key}')`,
  searchMessages(workspaceId, query, limit, offset) {
    const tsquery = toPostgresTsquery(query);
    if (!tsquery) return null;
    return sql`SELECT "id" FROM "Message" WHERE "workspaceId" = ${workspaceId} AND to_tsvector('simple', "searchText") @@ to_tsquery('simple', ${tsquery}) ORDER BY "createdAt" DESC LIMIT ${limit} OFFSET ${offset}`;
  },
};
