import type { Provider } from './database-url.ts';

/**
 * What a Prisma `contains` or `startsWith` filter needs to match in any case on every database:
 * SQLite's LIKE and MySQL's collation already do; PostgreSQL needs the mode.
 */
export function caseInsensitive(provider: Provider): { mode?: 'insensitive' } {
  return provider === 'postgresql' ? { mode: 'insensitive' } : {};
}
