// `kefu start --workers 2` on a fresh data directory: one worker trains the shipped intent model
// while the other waits for its file, and each says when the bot is ready.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnServer } from '../testing/spawn-server.ts';
import { waitUntil } from '../testing/wait-until.ts';

describe('the shipped bot model with several workers', () => {
  it('is trained once per data directory, and every worker logs when it is ready', async () => {
    const dataDir = `/tmp/kefu-bot-once-${randomUUID()}`;
    const server = await spawnServer({ KEFU_DATA_DIR: dataDir, KEFU_BOT_ENABLED: 'true', KEFU_BOT_MODEL_CACHE_DIR: '', KEFU_LOG_LEVEL: 'info' }, ['--workers', '2']);
    try {
      await waitUntil(async () => server.output().split('"msg":"bot model ready"').length - 1 === 2, 'both workers to have the bot model', 240_000);
      expect(server.output().split('training the shipped intent model').length - 1).toBe(1);
    } finally {
      expect(await server.stop()).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
