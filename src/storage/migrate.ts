// Applies prisma/migrations/<provider>/*/migration.sql in order and records them in Prisma's
// `_prisma_migrations` table, so `prisma migrate` tooling still understands the database. Runs
// in-process because Prisma 6's JS schema engine cannot migrate a live PostgreSQL (prisma#27403)
// and has no MySQL support at all.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import mariadb from 'mariadb';
import pg from 'pg';
import { dataMigrations, type MigrationQuery, type ReportProgress } from './data-migrations.ts';
import type { DatabaseTarget, Provider } from './database-url.ts';
import { toPositional } from './sql/sql-store.ts';
import { mysqlPoolConfig } from './mysql-options.ts';

const migrationsRoot = join(dirname(fileURLToPath(import.meta.url)), '../../prisma/migrations');

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(provider: Provider): Migration[] {
  const dir = join(migrationsRoot, provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface Applied {
  migration_name: string;
  checksum: string;
}

function checkApplied(applied: Applied[], migrations: Migration[]): Migration[] {
  const byName = new Map(applied.map((a) => [a.migration_name, a.checksum]));
  for (const m of migrations) {
    const checksum = byName.get(m.name);
    if (checksum && checksum !== m.checksum) {
      throw new Error(`migration ${m.name} was changed after it was applied; restore the file or add a new migration instead`);
    }
  }
  return migrations.filter((m) => !byName.has(m.name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
// Same number Prisma Migrate locks with, so our migrator and the Prisma CLI never run together.
const PG_ADVISORY_LOCK = 72707369;
/** How long start and migrate wait for PostgreSQL to answer before saying it cannot be reached. */
const PG_CONNECT_TIMEOUT_MS = 10_000;

/** How far a data step has come, for the log: a step over a large table can take minutes. */
export interface MigrationProgress {
  migration: string;
  rowsDone: number;
  rowsTotal: number;
}

export interface MigrateOptions {
  /** Stop after this migration (upgrade tests start from an older schema). */
  until?: string;
  onProgress?: (progress: MigrationProgress) => void;
  /** At most one progress report per this many ms (default 5 s); 0 reports every chunk. */
  progressEveryMs?: number;
}

const PROGRESS_EVERY_MS = 5_000;

/** Runs the migration's SQL, then its data step (data-migrations.ts) if it has one. */
async function applyOne(m: Migration, execSql: (sql: string) => Promise<unknown> | unknown, query: MigrationQuery, options: MigrateOptions): Promise<void> {
  await execSql(m.sql);
  const step = dataMigrations[m.name];
  if (!step) return;
  const every = options.progressEveryMs ?? PROGRESS_EVERY_MS;
  let reportedAt = Date.now();
  const report: ReportProgress = (rowsDone, rowsTotal) => {
    if (Date.now() - reportedAt < every) return;
    reportedAt = Date.now();
    options.onProgress?.({ migration: m.name, rowsDone, rowsTotal });
  };
  await step(query, report);
}

/** MigrationQuery on drivers whose placeholders are `?` in order. */
const positionalQuery =
  (run: (text: string, values: unknown[]) => Promise<Record<string, unknown>[]> | Record<string, unknown>[]): MigrationQuery =>
  async (text, params = []) => {
    const positional = toPositional(text);
    return run(positional.text, positional.order.map((i) => params[i]));
  };

async function migrateSqlite(file: string, migrations: Migration[], options: MigrateOptions): Promise<string[]> {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  try {
    db.pragma('journal_mode = WAL');
    // SQLite migrations redefine tables (create new_X, copy, DROP TABLE X, rename). With foreign
    // keys on, DROP TABLE first deletes every row and cascades into the child tables; the
    // migration's own PRAGMA foreign_keys=OFF is ignored inside our transaction. So they are off
    // for the whole run and checked once before COMMIT.
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(SQLITE_TABLE);
      const pending = checkApplied(db.prepare('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL').all() as Applied[], migrations);
      const record = db.prepare(`INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, ?, ?, current_timestamp, 1)`);
      const query = positionalQuery((text, values) => {
        const statement = db.prepare(text);
        if (statement.reader) return statement.all(...values) as Record<string, unknown>[];
        statement.run(...values);
        return [];
      });
      for (const m of pending) {
        await applyOne(m, (sql) => db.exec(sql), query, options);
        record.run(randomUUID(), m.checksum, m.name);
      }
      const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (broken.length > 0) throw new Error(`migrations left ${broken.length} rows pointing at missing parents (first: ${broken[0]!.table} -> ${broken[0]!.parent})`);
      db.exec('COMMIT');
      return pending.map((m) => m.name);
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.close();
  }
}

async function migratePostgres(connectionString: string, schema: string, migrations: Migration[], options: MigrateOptions): Promise<string[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
  await client.connect().catch((error: Error) => {
    // A server that takes the connection and never answers (stalled, or a proxy without a backend):
    // pg says only 'timeout expired', without a code.
    throw error.message === 'timeout expired' ? Object.assign(new Error(`no answer within ${PG_CONNECT_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' }) : error;
  });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PG_ADVISORY_LOCK]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`SET search_path TO "${schema}"`);
      await client.query(PG_TABLE);
      const { rows } = await client.query<Applied>('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL');
      const pending = checkApplied(rows, migrations);
      for (const m of pending) {
        await client.query('BEGIN');
        try {
          await applyOne(m, (sql) => client.query(sql), async (text, params) => (await client.query(text, params)).rows, options);
          await client.query(`INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`, [randomUUID(), m.checksum, m.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
        }
      }
      return pending.map((m) => m.name);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PG_ADVISORY_LOCK]);
    }
  } finally {
    await client.end();
  }
}

const MYSQL_TABLE = 'CREATE TABLE IF NOT EXISTS `_prisma_migrations` (`id` VARCHAR(36) PRIMARY KEY NOT NULL, `checksum` VARCHAR(64) NOT NULL, `finished_at` DATETIME(3), `migration_name` VARCHAR(255) NOT NULL, `logs` TEXT, `rolled_back_at` DATETIME(3), `started_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `applied_steps_count` INTEGER UNSIGNED NOT NULL DEFAULT 0) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci';
// The named lock Prisma Migrate takes on MySQL, so our migrator and the Prisma CLI never run together.
const MYSQL_LOCK = 'prisma_migrate';

async function migrateMysql(url: string, database: string, migrations: Migration[], options: MigrateOptions): Promise<string[]> {
  const connection = await mariadb.createConnection({ ...mysqlPoolConfig(url, { database: false }), multipleStatements: true });
  try {
    const [locked] = (await connection.query('SELECT GET_LOCK(?, 60) AS locked', [MYSQL_LOCK])) as { locked: number | bigint }[];
    if (Number(locked?.locked) !== 1) throw new Error('Another process held the migration lock for 60 s; run `kefu migrate` again when it is done');
    try {
      await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await connection.query(`USE \`${database}\``);
      await connection.query(MYSQL_TABLE);
      const applied = (await connection.query('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL')) as Applied[];
      const pending = checkApplied(applied, migrations);
      for (const m of pending) {
        // MySQL commits every DDL statement on its own: a failed migration cannot be rolled back.
        try {
          await applyOne(m, (sql) => connection.query(sql), positionalQuery((text, values) => connection.query(text, values)), options);
        } catch (error) {
          throw new Error(`migration ${m.name} failed part-way (MySQL cannot roll back DDL): ${(error as Error).message}. Undo its applied statements by hand, then run kefu migrate again`);
        }
        await connection.query('INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, ?, ?, CURRENT_TIMESTAMP(3), 1)', [randomUUID(), m.checksum, m.name]);
      }
      return pending.map((m) => m.name);
    } finally {
      await connection.query('SELECT RELEASE_LOCK(?)', [MYSQL_LOCK]);
    }
  } finally {
    await connection.end();
  }
}

/** Applies pending migrations; returns the names it applied. Safe to call from several processes. */
export async function applyMigrations(target: DatabaseTarget, options: MigrateOptions = {}): Promise<string[]> {
  const { until } = options;
  const migrations = listMigrations(target.provider).filter((m) => until === undefined || m.name <= until);
  if (target.provider === 'sqlite') return migrateSqlite(target.location, migrations, options);
  if (target.provider === 'mysql') return migrateMysql(target.location, target.schema, migrations, options);
  return migratePostgres(target.location, target.schema, migrations, options);
}
