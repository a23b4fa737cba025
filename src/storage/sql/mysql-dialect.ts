// MySQL/MariaDB as Prisma stores it: DateTime as DATETIME(3) in UTC, Boolean as TINYINT(1), Json
// as JSON (text on MariaDB), enums inline. Sessions run with ANSI_QUOTES (storage/mysql-options.ts),
// so the statements' "quoted" names work unchanged; parameters are `?` in order.
import { toMysqlBooleanQuery } from '../search-text.ts';
import { decodeCommon, type Counter, type SqlDialect, type Statement } from './dialect.ts';
import { JsonParam, sql } from './sql-store.ts';

type Rows = Record<string, unknown>[];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function encode(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}.${pad(value.getUTCMilliseconds(), 3)}`;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof JsonParam) return JSON.stringify(value.value);
  return value;
}

const UPDATE_RETURNING = /^UPDATE ("\w+") SET ([\s\S]+?) WHERE ([\s\S]+) RETURNING (\*|"\w+"(?:, "\w+")*)$/;

/**
 * MySQL and MariaDB have no UPDATE … RETURNING. Inside the caller's transaction: lock the rows the
 * WHERE matches (SELECT … FOR UPDATE; nobody can change them until commit, so the guard holds),
 * update exactly those, and read them back. Tables must have an "id" key.
 */
async function runUpdateReturning(statement: Statement, execute: (statement: Statement) => Promise<Rows>): Promise<Rows> {
  const [, table, set, where, columns] = UPDATE_RETURNING.exec(statement.text)!;
  const locked = await execute({ text: `SELECT "id" FROM ${table} WHERE ${where} FOR UPDATE`, params: statement.params });
  if (locked.length === 0) return [];
  const ids = locked.map((row) => row.id);
  const first = statement.params.length + 1;
  const inIds = `"id" IN (${ids.map((_, i) => `$${first + i}`).join(', ')})`;
  await execute({ text: `UPDATE ${table} SET ${set} WHERE ${inIds}`, params: [...statement.params, ...ids] });
  return execute({ text: `SELECT ${columns} FROM ${table} WHERE ${inIds}`, params: [...statement.params, ...ids] });
}

/** A counter (incrementCounter): its UPDATE locks the one row, so reading it back needs no locking SELECT first. */
async function runIncrement({ table, column, id }: Counter, execute: (statement: Statement) => Promise<Rows>): Promise<Rows> {
  await execute({ text: `UPDATE "${table}" SET "${column}" = "${column}" + 1 WHERE "id" = $1`, params: [id] });
  return execute({ text: `SELECT "${column}" FROM "${table}" WHERE "id" = $1`, params: [id] });
}

export const mysqlDialect: SqlDialect = {
  name: 'mysql',
  placeholders: 'positional',
  param: (n) => `$${n}`,
  encode,
  // The SQL store reads JSON as text (MariaDB's JSON is LONGTEXT), as on SQLite.
  decode: (column, value) => (column.type === 'Json' && typeof value === 'string' ? JSON.parse(value) : decodeCommon(column.type, value)),
  lockRows: (mode) => (mode === 'wait' ? 'FOR UPDATE' : 'FOR UPDATE SKIP LOCKED'),
  // TIMESTAMPDIFF and DATE_FORMAT read DATETIME as stored (UTC), whatever the session zone.
  secondsBetween: (from, to) => `(TIMESTAMPDIFF(MICROSECOND, ${from}, ${to}) / 1000000.0)`,
  utcDay: (expression) => `DATE_FORMAT(${expression}, '%Y-%m-%d')`,
  jsonText: (expression, key) => `JSON_UNQUOTE(JSON_EXTRACT(${expression}, '$.${key}'))`,
  searchMessages(workspaceId, query, limit, offset) {
    const against = toMysqlBooleanQuery(query);
    if (!against) return null;
    return sql`SELECT "id" FROM "Message" WHERE "workspaceId" = ${workspaceId} AND MATCH ("searchTokens") AGAINST (${against} IN BOOLEAN MODE) ORDER BY "createdAt" DESC LIMIT ${limit} OFFSET ${offset}`;
  },
  needsTransaction: (statement) => UPDATE_RETURNING.test(statement.text),
  run(statement, execute) {
    if (statement.counter) return runIncrement(statement.counter, execute);
    return UPDATE_RETURNING.test(statement.text) ? runUpdateReturning(statement, execute) : execute(statement);
  },
};
