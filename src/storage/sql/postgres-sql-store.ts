// The SQL store on the pg pool Prisma's adapter also uses. Statements are named, so each pooled
// connection parses and plans them once.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { postgresDialect } from './postgres-dialect.ts';
import { runSteps, type Row, type SqlStore, type Statement } from './sql-store.ts';

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

// Prisma stores DateTime as timestamp(3) without time zone, in UTC; pg would read it as local time.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function createPostgresSqlStore(pool: pg.Pool): SqlStore {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) names.set(text, (name = `kefu_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
    return name;
  };
  const query = async (client: pg.Pool | pg.PoolClient, { text, params }: Statement): Promise<Row[]> =>
    (await client.query({ name: nameOf(text), text, values: params.map(postgresDialect.encode), types })).rows as Row[];
  return {
    dialect: postgresDialect,
    all: (statement) => query(pool, statement),
    async transaction(steps) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await runSteps(steps(), (statement) => query(client, statement));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
