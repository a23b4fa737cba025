// Opens the Prisma client for the configured provider (SQLite file or PostgreSQL) through a
// driver adapter. Both generated clients share one model definition, so the SQLite client's
// types describe either.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PrismaClient } from './generated/sqlite/index.js';
import type { DatabaseTarget, Provider } from './database-url.ts';

export type Db = PrismaClient;
export type { Prisma } from './generated/sqlite/index.js';

export interface Database {
  db: Db;
  provider: Provider;
  close(): Promise<void>;
}

async function openSqlite(file: string): Promise<Db> {
  mkdirSync(dirname(file), { recursive: true });
  const [{ PrismaBetterSQLite3 }, client] = await Promise.all([
    import('@prisma/adapter-better-sqlite3'),
    import('./generated/sqlite/index.js'),
  ]);
  // timeout = SQLite busy_timeout: writers in other processes wait for the lock instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  const db = new client.PrismaClient({ adapter }) as Db;
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  return db;
}

async function openPostgres(connectionString: string, schema: string): Promise<Db> {
  const [{ PrismaPg }, client] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('./generated/postgresql/index.js'),
  ]);
  const adapter = new PrismaPg(
    { connectionString, max: 10, options: `-c search_path="${schema}"` },
    { schema },
  );
  return new client.PrismaClient({ adapter }) as unknown as Db;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const db =
    target.provider === 'sqlite' ? await openSqlite(target.location) : await openPostgres(target.location, target.schema);
  await db.$connect();
  return { db, provider: target.provider, close: () => db.$disconnect() };
}
