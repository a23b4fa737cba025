// The SQL store on the MySQL/MariaDB pool Prisma's adapter also uses. Statements go through the
// binary protocol (execute), so each pooled connection prepares them once.
import type { FieldInfo, Pool, PoolConnection, QueryOptions } from 'mariadb';
import { retryOnLockConflict } from '../retry-on-lock-conflict.ts';
import { mysqlDialect } from './mysql-dialect.ts';
import { runSteps, toPositional, type Row, type SqlStore, type Statement, type Steps } from './sql-store.ts';

// JSON as text (the dialect parses it, as on SQLite); dates as text, read below as UTC.
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

export function createMysqlSqlStore(pool: Pool): SqlStore {
  const positional = new Map<string, ReturnType<typeof toPositional>>();
  const execute = async (client: Pool | PoolConnection, { text, params }: Statement): Promise<Row[]> => {
    let entry = positional.get(text);
    if (!entry) positional.set(text, (entry = toPositional(text)));
    const result: unknown = await client.execute({ ...OPTIONS, sql: entry.text }, entry.order.map((i) => mysqlDialect.encode(params[i])));
    return Array.isArray(result) ? readDatesAsUtc(result as Row[], (result as { meta?: FieldInfo[] }).meta) : [];
  };
  const query = (client: Pool | PoolConnection, statement: Statement) => mysqlDialect.run!(statement, (s) => execute(client, s));
  const runTransaction = async <T>(steps: () => Steps<T>): Promise<T> => {
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
  };
  const store: SqlStore = {
    dialect: mysqlDialect,
    all: (statement) =>
      mysqlDialect.needsTransaction!(statement)
        ? store.transaction(function* (): Steps<Row[]> {
            return yield statement;
          })
        : query(pool, statement),
    // A deadlock victim runs again (retry-on-lock-conflict.ts): its steps are a generator run afresh.
    transaction: (steps) => retryOnLockConflict(() => runTransaction(steps)),
  };
  return store;
}
