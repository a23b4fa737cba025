import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecret } from './secret.ts';

describe('the generated token secret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kefu-secret-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  const load = () => loadOrCreateSecret({ dataDir, auth: { secret: '' } as never });

  it('is generated once and read back', () => {
    const secret = load();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(load()).toBe(secret);
    expect(readFileSync(join(dataDir, 'secret'), 'utf8').trim()).toBe(secret);
  });

  // A crash right after the file was created leaves it empty: tokens must not be signed with ''.
  it('refuses an empty or cut-short secret file, saying what to do', () => {
    writeFileSync(join(dataDir, 'secret'), '');
    expect(load).toThrow(/delete it to generate a new one.*or set KEFU_AUTH_SECRET/);
    writeFileSync(join(dataDir, 'secret'), 'short\n');
    expect(load).toThrow(/5 characters, at least 32 needed/);
  });
});
