// API keys for bots and integrations: kefu_key_<random>, stored as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../storage/open-database.ts';

export const API_KEY_PREFIX = 'kefu_key_';

export function hashApiKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateApiKey(): { token: string; prefix: string; tokenHash: string } {
  const token = API_KEY_PREFIX + randomBytes(24).toString('base64url');
  return { token, prefix: token.slice(0, API_KEY_PREFIX.length + 6), tokenHash: hashApiKey(token) };
}

export async function findApiKeyByToken(db: Db, token: string) {
  const key = await db.apiKey.findUnique({ where: { tokenHash: hashApiKey(token) } });
  return key && !key.revokedAt ? key : null;
}
