import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';

/**
 * The token-signing secret: config.auth.secret, or one generated once into <dataDir>/secret so a
 * zero-config install keeps its sessions across restarts. Every process and machine serving the
 * same workspace must share it (set KEFU_AUTH_SECRET when running on several machines).
 */
export function loadOrCreateSecret(config: Pick<Config, 'auth' | 'dataDir'>): string {
  if (config.auth.secret) {
    if (config.auth.secret.length < 32) throw new Error('auth.secret must be at least 32 characters; generate one with: openssl rand -base64 48');
    return config.auth.secret;
  }
  const file = join(config.dataDir, 'secret');
  try {
    return checkedSecretFile(file, readFileSync(file, 'utf8').trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process created it first: use theirs.
      return checkedSecretFile(file, readFileSync(file, 'utf8').trim());
    }
  }
}

// A file cut short (a crash right after it was created, a stray `>`) would sign tokens with an
// empty or guessable key, which anyone could forge.
function checkedSecretFile(file: string, secret: string): string {
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (${secret.length} characters, at least 32 needed): delete it to generate a new one (everyone signs in again), or set KEFU_AUTH_SECRET`);
  return secret;
}
