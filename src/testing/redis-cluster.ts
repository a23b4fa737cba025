// A private Redis Cluster for tests: 3 masters and 3 replicas on free ports, each node in its own
// temporary directory, joined with `redis-cli --cluster create`. A short node timeout makes a
// killed master fail over to its replica in about two seconds. close() kills every node and
// removes the directories.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killProcess, launchRedisServer, redisCommand } from './private-redis.ts';
import { freePort } from './free-port.ts';
import { waitUntil } from './wait-until.ts';

export interface ClusterNode {
  host: string;
  port: number;
  child: ChildProcess;
}

export interface PrivateRedisCluster {
  /** host:port of every node, comma-separated: the value of KEFU_REDIS_CLUSTER. */
  nodes: string;
  /** SIGKILL the master that serves `key`'s slot; resolves once a replica has taken its slots over. */
  killMasterOf(key: string): Promise<ClusterNode>;
  close(): Promise<void>;
}

const MASTERS = 3;
const NODE_TIMEOUT_MS = 1_000;

async function startNode(host: string, dir: string): Promise<ClusterNode> {
  const port = await freePort();
  // The bus port defaults to port + 10,000, which lands in the kernel's ephemeral range, where an
  // outgoing connection of another test can hold it (the node then exits "Failed listening").
  const busPort = await freePort();
  const child = await launchRedisServer([
    ...['--port', String(port), '--cluster-port', String(busPort), '--bind', host, '--dir', dir],
    ...['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`],
    ...['--cluster-node-timeout', String(NODE_TIMEOUT_MS), '--cluster-replica-validity-factor', '0'],
    // Only this machine reaches these test-only addresses.
    ...(host === '127.0.0.1' ? [] : ['--protected-mode', 'no']),
  ]);
  return { host, port, child };
}

/** Starts the cluster on `host` (the address every node announces; clients must reach it). */
export async function startRedisCluster(host = '127.0.0.1'): Promise<PrivateRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-redis-cluster-'));
  const nodes: ClusterNode[] = [];
  const close = async () => {
    await Promise.all(nodes.map((node) => killProcess(node.child)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < MASTERS * 2; i++) nodes.push(await startNode(host, dir));
    const created = spawnSync('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `${n.host}:${n.port}`), '--cluster-replicas', '1', '--cluster-yes'], { encoding: 'utf8', timeout: 30_000 });
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed:\n${created.stdout}\n${created.stderr}`);
    // Ready once every node agrees and every replica holds a copy (a replica that never synced cannot take over).
    await waitUntil(
      async () => {
        const infos = await Promise.all(nodes.map(async (n) => `${await redisCommand(n, 'CLUSTER', 'INFO')}${await redisCommand(n, 'INFO', 'replication')}`));
        return infos.every((info) => info.includes('cluster_state:ok') && (info.includes('role:master') || info.includes('master_link_status:up')));
      },
      'the Redis Cluster to agree and its replicas to sync',
      30_000,
    );
  } catch (error) {
    await close();
    throw error;
  }

  const live = () => nodes.filter((n) => n.child.exitCode === null && n.child.signalCode === null);
  return {
    nodes: nodes.map((n) => `${n.host}:${n.port}`).join(','),
    async killMasterOf(key) {
      const first = live()[0]!;
      const slot = Number(await redisCommand(first, 'CLUSTER', 'KEYSLOT', key));
      const ownerPort = async (node: ClusterNode) => {
        const shards = (await redisCommand(node, 'CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
        return shards.find(([from, to]) => slot >= from && slot <= to)?.[2][1];
      };
      const port = await ownerPort(first);
      const master = nodes.find((n) => n.port === port)!;
      await killProcess(master.child);
      // Failed over once every surviving node names another owner for the slot and is healthy.
      await waitUntil(
        async () => {
          const survivors = live();
          const owners = await Promise.all(survivors.map(ownerPort));
          const infos = await Promise.all(survivors.map((n) => redisCommand(n, 'CLUSTER', 'INFO')));
          return owners.every((o) => o !== undefined && o !== master.port) && infos.every((info) => String(info).includes('cluster_state:ok'));
        },
        'the replica to take over',
        30_000,
      );
      return master;
    },
    close,
  };
}
