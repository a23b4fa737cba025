// A private Redis Cluster for tests: 3 masters and 3 replicas on free ports, each node in its own
// temporary directory, joined with `redis-cli --cluster create`. A short node timeout makes a
// killed master fail over to its replica in about two seconds. close() kills every node and
// removes the directories.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, waitUntil } from './spawn-server.ts';

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

function startNode(host: string, port: number, dir: string): Promise<ClusterNode> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', host, '--dir', dir, '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', String(NODE_TIMEOUT_MS), '--cluster-replica-validity-factor', '0', '--save', '', '--appendonly', 'no', ...(host === '127.0.0.1' ? [] : ['--protected-mode', 'no'])],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (d) => {
      output += d;
      if (output.includes('Ready to accept connections')) resolve({ host, port, child });
    });
    child.once('exit', (code) => reject(new Error(`redis-server (cluster node ${port}) exited with ${code}:\n${output}`)));
  });
}

async function command({ host, port }: { host: string; port: number }, ...args: string[]): Promise<unknown> {
  const client = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return await client.call(args[0]!, ...args.slice(1));
  } finally {
    client.disconnect();
  }
}

/** Starts the cluster on `host` (the address every node announces; clients must reach it). */
export async function startRedisCluster(host = '127.0.0.1'): Promise<PrivateRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-redis-cluster-'));
  const nodes: ClusterNode[] = [];
  const close = async () => {
    await Promise.all(
      nodes.map((node) => {
        if (node.child.exitCode !== null || node.child.signalCode !== null) return undefined;
        const exited = new Promise((r) => node.child.once('exit', r));
        node.child.kill('SIGKILL');
        return exited;
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < MASTERS * 2; i++) nodes.push(await startNode(host, await freePort(), dir));
    const created = spawnSync('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `${n.host}:${n.port}`), '--cluster-replicas', '1', '--cluster-yes'], { encoding: 'utf8', timeout: 30_000 });
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed:\n${created.stdout}\n${created.stderr}`);
    // Ready once every node agrees and every replica holds a copy (a replica that never synced cannot take over).
    await waitUntil(
      async () => {
        const infos = await Promise.all(nodes.map(async (n) => `${await command(n, 'CLUSTER', 'INFO')}${await command(n, 'INFO', 'replication')}`));
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
      const slot = Number(await command(first, 'CLUSTER', 'KEYSLOT', key));
      const ownerPort = async (node: ClusterNode) => {
        const shards = (await command(node, 'CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
        return shards.find(([from, to]) => slot >= from && slot <= to)?.[2][1];
      };
      const port = await ownerPort(first);
      const master = nodes.find((n) => n.port === port)!;
      const exited = new Promise((r) => master.child.once('exit', r));
      master.child.kill('SIGKILL');
      await exited;
      // Failed over once every surviving node names another owner for the slot and is healthy.
      await waitUntil(
        async () => {
          const survivors = live();
          const owners = await Promise.all(survivors.map(ownerPort));
          const infos = await Promise.all(survivors.map((n) => command(n, 'CLUSTER', 'INFO')));
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

export function hasRedisCluster(): boolean {
  return spawnSync('redis-cli', ['--version']).status === 0 && spawnSync('redis-server', ['--version']).status === 0;
}
