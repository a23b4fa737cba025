// The SQL store on the MySQL/MariaDB pool Prisma's adapter also uses. Statements go through the
// binary protocol (execute), so each pooled connection prepares them once. Sessions quote
// identifiers with double quotes (ANSI_QUOTES, storage/mysql-options.ts), so the statements are
// the same text as on the other databases apart from the placeholders.
import type { FieldInfo, Pool, PoolConnection, QueryOptions } from 'mariadb';
import { JsonParam, runSteps, toPositional, type Row, type SqlStore, type Statement } from './sql-store.ts';

// JSON as text (decodeRow parses it, as on SQLite); dates as text, read below as UTC.
const OPTIONS = { dateStrings: true, autoJsonMap: false, jsonStrings: true, bigIntAsNumber: true } as Omit<QueryOptions, 'sql'>;

/** Prisma stores DateTime as DATETIME(3) in UTC; read it as UTC whatever the machine's zone. */
function readDatesAsUtc(rows: Row[], meta: FieldInfo[] | undefined): Row[] {
  const dates = (meta ?? []).filter((field) => field.type === 'DATETIME' || field.type === 'TIMESTAMP').map((field) => field.name());
  if (dates.length === 0) return rows;
  for (const row of rows) {
    for (const name of dates) if (typeof row[name] === 'string') row[name] = new Date(`${(row[name] as string).replace(' ', 'T')}Z`);
  }
  return rows;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function encodeMysqlParam(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}.${pad(value.getUTCMilliseconds(), 3)}`;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof JsonParam) return JSON.stringify(value.value);
  return value;
}

export function createMysqlSqlStore(pool: Pool): SqlStore {
  const positional = new Map<string, ReturnType<typeof toPositional>>();
  const query = async (client: Pool | PoolConnection, { text, params }: Statement): Promise<Row[]> => {
    let entry = positional.get(text);
    if (!entry) positional.set(text, (entry = toPositional(text)));
    const result: unknown = await client.execute({ ...OPTIONS, sql: entry.text }, entry.order.map((i) => encodeMysqlParam(params[i])));
    return Array.isArray(result) ? readDatesAsUtc(result as Row[], (result as { meta?: FieldInfo[] }).meta) : [];
  };
  return {
    dialect: 'mysql',
    all: (statement) => query(pool, statement),
    async transaction(steps) {
      const connection = await pool.getConnection();
      try {
        await connection.beginTransaction();
        const result = await runSteps(steps(), (statement) => query(connection, statement));
        await connection.commit();
        return result;
      } catch (error) {
        await connection.rollback().catch(() => undefined);
        throw error;
      } finally {
        await connection.release();
      }
    },
  };
}
