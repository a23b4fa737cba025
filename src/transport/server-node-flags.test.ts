import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnServer } from '../testing/spawn-server.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { SERVER_NODE_FLAGS, withServerNodeFlags } from './server-node-flags.ts';

const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');

describe("the server processes' V8 flags", () => {
  it('adds each flag the caller did not set, and keeps a value the operator chose', () => {
    expect(withServerNodeFlags(['--expose-gc'])).toEqual(['--expose-gc', ...SERVER_NODE_FLAGS]);
    expect(withServerNodeFlags(['--max-semi-space-size=8'])).toEqual(['--max-semi-space-size=8']);
  });

  it.runIf(process.platform === 'linux')('reaches every cluster worker of a server started without them', async () => {
    const dataDir = `/tmp/kefu-flags-${randomUUID()}`;
    const server = await spawnServer({ KEFU_DATA_DIR: dataDir }, ['--workers', '2']);
    try {
      const pid = server.child.pid!;
      expect(commandLine(pid)).not.toContain(SERVER_NODE_FLAGS[0]);
      const workers = () => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      await waitUntil(() => workers().length === 2, 'two cluster workers');
      for (const worker of workers()) expect(commandLine(worker)).toEqual(expect.arrayContaining([...SERVER_NODE_FLAGS]));
    } finally {
      expect(await server.stop()).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
