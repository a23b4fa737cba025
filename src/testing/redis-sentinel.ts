// A private Redis with Sentinel for tests: a master, one replica and one Sentinel (quorum 1) on
// free loopback ports. killMaster() SIGKILLs the master and waits until the Sentinel has promoted
// the replica. close() kills all three and removes the Sentinel's config directory.
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killProcess, launchRedisServer, redisCommand } from './private-redis.ts';
import { freePort } from './free-port.ts';
import { waitUntil } from './wait-until.ts';

export const SENTINEL_MASTER_NAME = 'kefu-test';

export interface PrivateRedisSentinel {
  /** host:port of the Sentinel: the value of KEFU_REDIS_SENTINELS. */
  sentinels: string;
  /** The master group as redis.url wants it with Sentinel. */
  url: string;
  killMaster(): Promise<void>;
  close(): Promise<void>;
}

export async function startRedisSentinel(): Promise<PrivateRedisSentinel> {
  const host = '127.0.0.1';
  const dir = mkdtempSync(join(tmpdir(), 'kefu-redis-sentinel-'));
  const [masterPort, replicaPort, sentinelPort] = [await freePort(), await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const close = async () => {
    await Promise.all(children.map(killProcess));
    rmSync(dir, { recursive: true, force: true });
  };
  const masterOf = async () => ((await redisCommand({ host, port: sentinelPort }, 'SENTINEL', 'get-master-addr-by-name', SENTINEL_MASTER_NAME)) as [string, string] | null)?.[1];
  try {
    // In `dir`: a replica's first sync writes an RDB file into its working directory.
    children.push(await launchRedisServer(['--port', String(masterPort), '--bind', host, '--dir', dir, '--dbfilename', `master-${masterPort}.rdb`]));
    children.push(await launchRedisServer(['--port', String(replicaPort), '--bind', host, '--dir', dir, '--dbfilename', `replica-${replicaPort}.rdb`, '--replicaof', host, String(masterPort)]));
    await waitUntil(async () => String(await redisCommand({ host, port: replicaPort }, 'INFO', 'replication')).includes('master_link_status:up'), 'the replica to sync', 30_000);
    const config = join(dir, 'sentinel.conf');
    writeFileSync(
      config,
      [
        `port ${sentinelPort}`,
        `bind ${host}`,
        `sentinel monitor ${SENTINEL_MASTER_NAME} ${host} ${masterPort} 1`,
        `sentinel down-after-milliseconds ${SENTINEL_MASTER_NAME} 1000`,
        `sentinel failover-timeout ${SENTINEL_MASTER_NAME} 5000`,
        '',
      ].join('\n'),
    );
    children.push(await launchRedisServer([config, '--sentinel'], '+monitor master'));
    // A failover needs a replica the Sentinel knows about (it learns them from the master's INFO).
    await waitUntil(async () => ((await redisCommand({ host, port: sentinelPort }, 'SENTINEL', 'replicas', SENTINEL_MASTER_NAME)) as unknown[]).length > 0, 'the Sentinel to see the replica', 30_000);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    sentinels: `${host}:${sentinelPort}`,
    url: `redis://${SENTINEL_MASTER_NAME}`,
    async killMaster() {
      await killProcess(children[0]!);
      await waitUntil(async () => (await masterOf()) === String(replicaPort), 'the Sentinel to promote the replica', 30_000);
    },
    close,
  };
}
