// Connection options for MySQL/MariaDB from a mysql:// or mariadb:// URL, shared by the migrator,
// Prisma's adapter and the SQL store, so every connection runs with the same session settings.
import type { PoolConfig } from 'mariadb';

/**
 * Every session: double-quoted identifiers (ANSI_QUOTES), so Kefu's hand-written SQL reads the same
 * on every database; UTC, as Prisma stores DateTime; READ COMMITTED, the isolation the row-locking
 * code was written for on PostgreSQL (InnoDB's default REPEATABLE READ would read a snapshot
 * taken before a lock was granted).
 */
const SESSION = [
  "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'ANSI_QUOTES')",
  "SET SESSION time_zone = '+00:00'",
  'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED',
];

/** Pool options from the URL; `?connectionLimit=` (default 10) and `?ssl=true` are read from it. */
export function mysqlPoolConfig(url: string, options: { database?: boolean } = {}): PoolConfig {
  const parsed = new URL(url);
  const limit = Number(parsed.searchParams.get('connectionLimit') ?? parsed.searchParams.get('connection_limit') ?? 10);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password) || undefined,
    database: options.database === false ? undefined : decodeURIComponent(parsed.pathname.slice(1)),
    connectionLimit: Number.isInteger(limit) && limit > 0 ? limit : 10,
    // Open connections as load asks for them (the driver's default keeps connectionLimit open per
    // process), and wait longer than its 1 s for a socket on a busy machine.
    minimumIdle: 1,
    connectTimeout: 10_000,
    ssl: parsed.searchParams.get('ssl') === 'true' ? true : undefined,
    initSql: SESSION,
  };
}
