// Jepsen-lite (after https://jepsen.io: faults injected while clients work, then a checker): two `kefu start` processes on one SQLite file and a private
// redis-server. Clients send with retries (same clientMessageId) and subscribe with resume
// (afterSeq = last seq seen) while the test kills -9 and restarts Redis, SIGTERMs and restarts one
// instance, and drops client sockets. The checker (testing/delivery-check.ts) then proves, per
// subscriber, that every acknowledged message was delivered, none twice, in seq order.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDelivery, startTraffic, type StoredMessage } from '../testing/delivery-check.ts';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../testing/private-redis.ts';
import { type ServerProcess, spawnServer } from '../testing/spawn-server.ts';

const CONVERSATIONS = 3;

describe.skipIf(!hasRedisServer())('no acknowledged message is lost, duplicated or reordered', () => {
  let redis: PrivateRedis;
  let dataDir: string;
  let env: Record<string, string>;
  const up: ServerProcess[] = [];
  beforeAll(async () => {
    redis = await startPrivateRedis();
    dataDir = mkdtempSync(join(tmpdir(), 'kefu-consistency-'));
    env = {
      KEFU_DATA_DIR: dataDir,
      KEFU_AUTH_SECRET: 'consistency-secret-consistency-secret-42',
      REDIS_URL: redis.url,
      KEFU_REDIS_KEY_PREFIX: `kefu-consistency-${randomUUID()}:`,
      KEFU_LIMITS_SENDS_PER_MINUTE: '100000',
      KEFU_REALTIME_PUBLISH_RETRIES: '2',
      KEFU_REALTIME_REPLAY_LIMIT: '5000',
      KEFU_LOG_LEVEL: 'fatal',
    };
    // One after the other: the first applies the migrations.
    up.push(await spawnServer(env, ['--workers', '1']));
    up.push(await spawnServer(env, ['--workers', '1']));
  });
  afterAll(async () => {
    await Promise.all(up.map((s) => s.stop('SIGKILL')));
    await redis?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives Redis kill -9, an instance SIGTERM + restart and dropped sockets', async () => {
    const traffic = await startTraffic(() => [...up], CONVERSATIONS);
    const { afterMoreAcks, fault, dropSockets } = traffic;

    await afterMoreAcks(5, 'first acks');
    dropSockets();
    await afterMoreAcks(5, 'acks after dropping sockets');
    await redis.kill();
    fault('redis kill -9');
    await afterMoreAcks(2, 'acks while Redis is down');
    await redis.restart();
    fault('redis restarted');
    await afterMoreAcks(5, 'acks after the Redis restart');
    // Clients keep trying B while it drains (refused upgrades, 1001 closes, refused connections).
    const b = up[1]!;
    expect(await b.stop('SIGTERM')).toBe(0);
    up.splice(up.indexOf(b), 1);
    fault('instance B SIGTERM (drained, exit 0)');
    dropSockets();
    await afterMoreAcks(5, 'acks with one instance');
    up.push(await spawnServer(env, ['--workers', '1'], b.port));
    fault('instance B restarted');
    await afterMoreAcks(5, 'acks after instance B came back');
    dropSockets();
    await afterMoreAcks(3, 'last acks');
    await checkDelivery('consistency', traffic, async (conversationId) => {
      const db = new Database(join(dataDir, 'kefu.db'), { readonly: true });
      const rows = db.prepare('SELECT id, seq, internal FROM Message WHERE conversationId = ? ORDER BY seq').all(conversationId) as StoredMessage[];
      db.close();
      return rows;
    });
  }, 120_000); // ~25 s on an idle 2-core box; spawning kefu is slow when the machine is loaded
});
