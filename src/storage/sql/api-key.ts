// ApiKey rows. Written only by Prisma (create, revoke); SQL reads them because sockets re-check
// the key before every operation.
import type { ApiKey } from '../models.ts';
import { sql, type SqlStore } from './sql-store.ts';

export async function findActiveApiKey(store: SqlStore, tokenHash: string): Promise<Pick<ApiKey, 'id' | 'workspaceId' | 'role'> | null> {
  const [key] = await store.all(sql`SELECT "id", "workspaceId", "role" FROM "ApiKey" WHERE "tokenHash" = ${tokenHash} AND "revokedAt" IS NULL`);
  return (key as Pick<ApiKey, 'id' | 'workspaceId' | 'role'> | undefined) ?? null;
}
