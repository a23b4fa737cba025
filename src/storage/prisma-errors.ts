// Maps the database errors a caller can cause to catalogue codes; anything else stays internal.
// Besides Prisma's own codes this knows the drivers' (the SQL store, storage/sql/, calls them
// directly) and Prisma's wrapping of them in raw queries (P2010).
import { KefuError } from '../errors.ts';

interface PrismaLikeError {
  code?: string;
  message?: string;
  constraint?: string;
  meta?: { target?: unknown; modelName?: string; code?: string; message?: string; driverAdapterError?: { cause?: { originalCode?: string } } };
}

// SQLite, PostgreSQL (23505), SQLite extended codes (2067, 1555), MySQL/MariaDB (ER_DUP_ENTRY, 1062).
const DRIVER_UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505', '2067', '1555', 'ER_DUP_ENTRY', '1062']);

export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as PrismaLikeError;
  if (e?.code === 'P2002') {
    if (!field) return true;
    const target = e.meta?.target;
    return Array.isArray(target) ? target.includes(field) : String(target ?? '').includes(field);
  }
  const code = e?.code === 'P2010' ? e.meta?.code : e?.code;
  if (!code || !DRIVER_UNIQUE_CODES.has(code)) return false;
  return !field || `${e.message ?? ''} ${e.meta?.message ?? ''} ${e.constraint ?? ''}`.includes(field);
}

// PostgreSQL (40P01 deadlock, 40001 serialization failure) and MySQL/MariaDB (ER_LOCK_DEADLOCK, 1213).
const DRIVER_DEADLOCK_CODES = new Set(['40P01', '40001', 'ER_LOCK_DEADLOCK', '1213']);

/** The database chose this transaction as a deadlock victim: it rolled back and may simply run again. */
function isDeadlock(error: unknown): boolean {
  const e = error as PrismaLikeError & { errno?: number };
  return e?.errno === 1213 || DRIVER_DEADLOCK_CODES.has(String(e?.code === 'P2010' ? e.meta?.code : e?.code));
}

/**
 * SQLite's write lock stayed busy past busy_timeout (another process's writes): the statement
 * changed nothing, and its transaction rolled back when it failed, so the transaction may run
 * again. The driver's own code, or Prisma's P1008 that wraps it.
 */
function isSqliteLockBusy(error: unknown): boolean {
  const e = error as PrismaLikeError;
  const code = e?.code === 'P1008' ? e.meta?.driverAdapterError?.cause?.originalCode : e?.code;
  return code?.startsWith('SQLITE_BUSY') ?? false;
}

/** The database rolled the transaction back because of other transactions (a deadlock, a busy SQLite lock): it may simply run again. */
export function isLockConflict(error: unknown): boolean {
  return isDeadlock(error) || isSqliteLockBusy(error);
}

function isNotFound(error: unknown): boolean {
  return (error as PrismaLikeError)?.code === 'P2025';
}

/** Runs a write and turns unique violations and missing rows into CONFLICT / NOT_FOUND; `field` is what to change on a conflict ("email"). */
export async function mapPrismaErrors<T>(what: string, field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new KefuError('CONFLICT', `${what} already exists; choose another ${field} or update the existing one.`);
    if (isNotFound(error)) throw new KefuError('NOT_FOUND', `${what} was not found; check the id.`);
    throw error;
  }
}
