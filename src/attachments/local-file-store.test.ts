import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalFileStore } from './local-file-store.ts';

describe('local file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const store = createLocalFileStore(dir);

  it('writes through a temporary file and leaves only the file', async () => {
    await store.put('ws1/a1', new TextEncoder().encode('hello'), 'text/plain');
    expect(readFileSync(join(dir, 'ws1/a1'), 'utf8')).toBe('hello');
    expect(existsSync(join(dir, 'ws1/a1.part'))).toBe(false);
  });

  it('deletes what a write cut short by a killed process left, with the key', async () => {
    await store.put('ws1/a2', new TextEncoder().encode('whole'), 'text/plain');
    writeFileSync(join(dir, 'ws1/a2.thumb.part'), 'half a thumbnail');
    writeFileSync(join(dir, 'ws1/a2.part'), 'half a rewrite');
    await store.delete('ws1/a2');
    await store.delete('ws1/a2.thumb');
    expect(['ws1/a2', 'ws1/a2.part', 'ws1/a2.thumb.part'].filter((file) => existsSync(join(dir, file)))).toEqual([]);
  });
});
