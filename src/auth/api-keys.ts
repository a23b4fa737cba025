// API keys for bots and integrations: kefu_key_<random>, stored as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey } from '../storage/models.ts';
import { findActiveApiKey } from '../storage/sql/api-key.ts';
import type { SqlStore } from '../storage/sql/sql-store.ts';

export const API_KEY_PREFIX = 'kefu_key_';

function hashApiKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateApiKey(): { token: string; prefix: string; tokenHash: string } {
  const token = API_KEY_PREFIX + randomBytes(24).toString('base64url');
  return { token, prefix: token.slice(0, API_KEY_PREFIX.length + 6), tokenHash: hashApiKey(token) };
}

/** The active key with this secret, or null. Prepared SQL: sockets re-check it before every operation. */
export async function findApiKeyByToken(store: SqlStore, token: string): Promise<Pick<ApiKey, 'id' | 'workspaceId' | 'role'> | null> {
  return findActiveApiKey(store, hashApiKey(token));
}
