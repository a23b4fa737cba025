// A database or Redis the configuration points at that cannot be reached or used, told in one line
// with what to check, instead of a driver's stack trace (kefu start, kefu migrate).
import { dirname, resolve, sep } from 'node:path';
import type { Config } from '../config.ts';
import { RedisUnavailableError } from '../redis-connection.ts';
import { resolveDatabaseTarget, type DatabaseTarget } from '../storage/database-url.ts';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'ER_GET_CONNECTION_TIMEOUT']);
// PostgreSQL SQLSTATEs and MySQL/MariaDB error codes for a login or database that does not work.
const REFUSED = new Set(['28P01', '28000', '3D000', 'ER_ACCESS_DENIED_ERROR', 'ER_DBACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);
// A folder that cannot be made: a symlink to a volume that is not mounted (ENOENT), a file in the
// path (ENOTDIR) or where the folder should be (EEXIST).
const NO_FOLDER = new Set(['ENOENT', 'ENOTDIR', 'EEXIST']);

/** True when `error` is about `folder` or a folder on the way to it (mkdir -p of it failed). */
function isOnPathTo(error: unknown, folder: string): boolean {
  const path = (error as { path?: unknown } | null)?.path;
  if (typeof path !== 'string') return false;
  const failed = resolve(path);
  return failed === folder || folder.startsWith(failed + sep);
}

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; errors?: { code?: unknown }[]; cause?: unknown } | null;
  const code = e?.code ?? e?.errors?.[0]?.code;
  if (typeof code === 'string') return code;
  return e?.cause ? codeOf(e.cause) : undefined;
}

/** Where the database is, without its password. */
function placeOf(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return `SQLite at ${target.location}`;
  const url = new URL(target.location);
  return `${target.provider === 'mysql' ? 'MySQL/MariaDB' : 'PostgreSQL'} at ${url.host}${url.pathname}`;
}

/** One line for the terminal when `error` says the configured database cannot be reached or used; null for any other error. */
function describeDatabaseError(error: unknown, config: Pick<Config, 'database' | 'dataDir'>): string | null {
  const code = codeOf(error);
  if (!code) return null;
  let target: DatabaseTarget;
  try {
    target = resolveDatabaseTarget(config);
  } catch {
    return null;
  }
  const reason = `${(error as Error).message || code} (${code})`;
  if (target.provider === 'sqlite') {
    if (!NOT_WRITABLE.has(code) && !(NO_FOLDER.has(code) && isOnPathTo(error, dirname(target.location)))) return null;
    const folder = config.database.url ? 'the folder in DATABASE_URL (database.url)' : 'the data directory (dataDir, KEFU_DATA_DIR)';
    return `cannot write the database, ${placeOf(target)}: ${reason}. Check that ${folder} exists and this user may write to it.`;
  }
  if (UNREACHABLE.has(code)) return `cannot reach the database, ${placeOf(target)}: ${reason}. Check that it is running and that DATABASE_URL (database.url) names it.`;
  if (REFUSED.has(code)) return `the database refused us, ${placeOf(target)}: ${reason}. Check the user, password and database name in DATABASE_URL (database.url); the database must exist.`;
  return null;
}

/** One line when the data directory (secret, bot model, plugins) cannot be made or written; null for any other error. */
function describeDataDirError(error: unknown, config: Pick<Config, 'dataDir'>): string | null {
  const code = codeOf(error);
  const dataDir = resolve(config.dataDir);
  if (!code || !(NO_FOLDER.has(code) || NOT_WRITABLE.has(code))) return null;
  const path = (error as { path?: unknown }).path;
  if (!isOnPathTo(error, dataDir) && !(typeof path === 'string' && resolve(path).startsWith(dataDir + sep))) return null;
  return `cannot use the data directory ${dataDir}: ${(error as Error).message} (${code}). Check that it (or the volume it is on) exists, is a folder, and this user may write to it (dataDir, KEFU_DATA_DIR).`;
}

/** Runs `work`; when the configured database or Redis cannot be reached or used, prints why in one line and exits with code 1. */
export async function exitOnUnavailableService<T>(config: Pick<Config, 'database' | 'dataDir'>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const described = error instanceof RedisUnavailableError ? error.message : (describeDatabaseError(error, config) ?? describeDataDirError(error, config));
    if (!described) throw error;
    process.stderr.write(`kefu: ${described}\n`);
    process.exit(1);
  }
}
