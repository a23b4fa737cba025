// Maps the Prisma errors a caller can cause to catalogue codes; anything else stays internal.
import { KefuError } from '../errors.ts';

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string };
}

export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as PrismaLikeError;
  if (e?.code !== 'P2002') return false;
  if (!field) return true;
  const target = e.meta?.target;
  return Array.isArray(target) ? target.includes(field) : String(target ?? '').includes(field);
}

export function isNotFound(error: unknown): boolean {
  return (error as PrismaLikeError)?.code === 'P2025';
}

/** Runs a write and turns unique violations and missing rows into CONFLICT / NOT_FOUND. */
export async function mapPrismaErrors<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new KefuError('CONFLICT', `${what} already exists; choose another name or update the existing one.`);
    if (isNotFound(error)) throw new KefuError('NOT_FOUND', `${what} was not found; check the id.`);
    throw error;
  }
}
