// Opens the Prisma client for the configured provider (SQLite file, PostgreSQL or MySQL/MariaDB)
// through a driver adapter. The generated clients share one model definition, so the SQLite
// client's types describe each (model types for other modules: models.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Pool } from 'mariadb';
import type { PrismaClient } from './generated/sqlite/index.js';
import type { DatabaseTarget, Provider } from './database-url.ts';
import type { SqlStore } from './sql/sql-store.ts';
import type { TransactionGate } from './sqlite-prisma-connection.ts';

export type Db = PrismaClient;

export interface Database {
  db: Db;
  /** Prepared SQL on the same connections, for the per-message path (sql/sql-store.ts). */
  sql: SqlStore;
  provider: Provider;
  close(): Promise<void>;
}

async function openSqlite(file: string, log: DatabaseLog): Promise<Omit<Database, 'provider'>> {
  mkdirSync(dirname(file), { recursive: true });
  const [{ PrismaBetterSQLite3 }, client, { createSqliteSqlStore }, { startSqliteCheckpointer }, { guardInteractiveTransactions }] = await Promise.all([
    import('@prisma/adapter-better-sqlite3'),
    import('./generated/sqlite/index.js'),
    import('./sql/sqlite-sql-store.ts'),
    import('./sql/sqlite-checkpointer.ts'),
    import('./sqlite-prisma-connection.ts'),
  ]);
  // timeout = SQLite busy_timeout: writers in other processes wait for the lock instead of failing.
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  // The SQL store must share Prisma's connection (see sqlite-sql-store.ts); the adapter keeps it
  // in its public `client` field.
  let connection: BetterSqlite3.Database | undefined;
  let gate: TransactionGate | undefined;
  const adapter = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    connect: async () => {
      const connected = await factory.connect();
      connection = (connected as unknown as { client: BetterSqlite3.Database }).client;
      gate = guardInteractiveTransactions(connection, connected);
      return connected;
    },
  } as typeof factory;
  const db = new client.PrismaClient({ adapter }) as Db;
  await db.$connect();
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  if (!connection || !gate) throw new Error('The SQLite driver adapter did not expose its connection; check the @prisma/adapter-better-sqlite3 version.');
  const checkpointer = await startSqliteCheckpointer(file, connection, (error) =>
    log.warn({ err: error }, 'the SQLite checkpoint thread failed; checkpoints run inside commits again'),
  );
  return {
    db,
    sql: createSqliteSqlStore(connection, gate),
    async close() {
      await checkpointer.close();
      await db.$disconnect();
    },
  };
}

async function openPostgres(connectionString: string, schema: string): Promise<Omit<Database, 'provider'>> {
  const [{ PrismaPg }, client, { default: pg }, { createPostgresSqlStore }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('./generated/postgresql/index.js'),
    import('pg'),
    import('./sql/postgres-sql-store.ts'),
  ]);
  const pool = new pg.Pool({ connectionString, max: 10, options: `-c search_path="${schema}"` });
  const db = new client.PrismaClient({ adapter: new PrismaPg(pool, { schema }) }) as unknown as Db;
  await db.$connect();
  return {
    db,
    sql: createPostgresSqlStore(pool),
    async close() {
      await db.$disconnect();
      await pool.end();
    },
  };
}

async function openMysql(url: string, database: string): Promise<Omit<Database, 'provider'>> {
  const [{ PrismaMariaDb }, client, { createMysqlSqlStore }, { mysqlPoolConfig }] = await Promise.all([
    import('@prisma/adapter-mariadb'),
    import('./generated/mysql/index.js'),
    import('./sql/mysql-sql-store.ts'),
    import('./mysql-options.ts'),
  ]);
  const factory = new PrismaMariaDb(mysqlPoolConfig(url), { database });
  // The SQL store shares the adapter's pool (its session settings, its connection limit).
  let pool: Pool | undefined;
  const adapter = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connected = await factory.connect();
      pool = connected.underlyingDriver();
      return connected;
    },
  } as typeof factory;
  const db = new client.PrismaClient({ adapter }) as unknown as Db;
  await db.$connect();
  if (!pool) throw new Error('The MariaDB driver adapter did not expose its pool; check the @prisma/adapter-mariadb version.');
  return { db, sql: createMysqlSqlStore(pool), close: () => db.$disconnect() };
}

/** Where the store reports trouble it recovers from by itself. */
export interface DatabaseLog {
  warn(details: object, message: string): void;
}

export async function openDatabase(target: DatabaseTarget, log: DatabaseLog): Promise<Database> {
  const open = { sqlite: () => openSqlite(target.location, log), postgresql: () => openPostgres(target.location, target.schema), mysql: () => openMysql(target.location, target.schema) };
  return { ...(await open[target.provider]()), provider: target.provider };
}
