// Several machines: three Kefu instances, each in its own network namespace with its own address
// (one of them `--workers 2`), on one PostgreSQL and a 3-master Redis Cluster with replicas. The
// delivery checker (testing/delivery-check.ts) runs while the test drops every client socket,
// kills the Redis master that serves a conversation (its replica takes over) and SIGKILLs an
// instance; then every acknowledged message must have reached every subscriber once, in order.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkDelivery, startTraffic, type StoredMessage } from '../testing/delivery-check.ts';
import { createHosts, forwardTcp, netnsUnavailable, type Hosts } from '../testing/netns.ts';
import { hasRedisServer } from '../testing/private-redis.ts';
import { startRedisCluster, type PrivateRedisCluster } from '../testing/redis-cluster.ts';
import { describeWhen, POSTGRES_URL } from '../testing/services.ts';
import { spawnServer, type ServerProcess } from '../testing/spawn-server.ts';
import { createTestDatabase } from '../testing/start-test-app.ts';

const CONVERSATIONS = 3;

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const missing = netnsUnavailable() ?? (hasRedisServer() ? null : 'redis-server is not installed') ?? ((await postgresReachable()) ? null : `PostgreSQL is not reachable at ${POSTGRES_URL}`);

describeWhen(missing, 'several hosts on PostgreSQL and Redis Cluster: nothing acknowledged is lost, duplicated or reordered', () => {
  let network: Hosts;
  let cluster: PrivateRedisCluster;
  let forward: { port: number; close(): Promise<void> };
  let database: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  let dataDir: string;
  const up: ServerProcess[] = [];

  beforeAll(async () => {
    network = await createHosts(3);
    cluster = await startRedisCluster(network.servicesAddress);
    // PostgreSQL listens on loopback: the hosts reach it through a forwarder on the shared address.
    const postgres = new URL(POSTGRES_URL);
    forward = await forwardTcp(network.servicesAddress, { host: postgres.hostname, port: Number(postgres.port || 5432) });
    database = await createTestDatabase('postgresql');
    const viaForward = new URL(database.url);
    viaForward.hostname = network.servicesAddress;
    viaForward.port = String(forward.port);
    env = {
      DATABASE_URL: viaForward.toString(),
      KEFU_REDIS_CLUSTER: cluster.nodes,
      KEFU_REDIS_KEY_PREFIX: `kefu-hosts-${randomUUID()}:`,
      KEFU_AUTH_SECRET: 'multi-host-secret-multi-host-secret-42',
      KEFU_DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'kefu-hosts-'))),
      KEFU_LIMITS_SENDS_PER_MINUTE: '100000',
      KEFU_REALTIME_PUBLISH_RETRIES: '2',
      KEFU_REALTIME_REPLAY_LIMIT: '5000',
      KEFU_LOG_LEVEL: 'fatal',
    };
    const [h0, h1, h2] = network.hosts as [Hosts['hosts'][number], Hosts['hosts'][number], Hosts['hosts'][number]];
    // The first applies the migrations; host 0 runs two workers (the relay plus the cluster).
    up.push(await spawnServer(env, ['--workers', '2'], undefined, h0));
    up.push(...(await Promise.all([spawnServer(env, ['--workers', '1'], undefined, h1), spawnServer(env, ['--workers', '1'], undefined, h2)])));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(up.map((s) => s.stop('SIGKILL')));
    await forward?.close();
    await cluster?.close();
    await network?.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives dropped sockets, a Redis master killed (failover) and an instance SIGKILLed', async () => {
    const traffic = await startTraffic(() => [...up], CONVERSATIONS);
    const { afterMoreAcks, fault, dropSockets } = traffic;

    await afterMoreAcks(5, 'first acks');
    dropSockets();
    await afterMoreAcks(5, 'acks after dropping sockets');
    const master = await cluster.killMasterOf(`{${traffic.conversations[0]!.conversationId}}`);
    fault(`redis master ${master.port} kill -9, replica took over`);
    await afterMoreAcks(5, 'acks after the failover');
    const c = up[2]!;
    await c.stop('SIGKILL');
    up.splice(up.indexOf(c), 1);
    fault('instance C SIGKILL');
    dropSockets();
    await afterMoreAcks(5, 'acks without instance C');
    up.push(await spawnServer(env, ['--workers', '1'], c.port, network.hosts[2]));
    fault('instance C restarted');
    await afterMoreAcks(5, 'acks after instance C came back');
    dropSockets();
    await afterMoreAcks(3, 'last acks');

    const schema = new URL(database.url).searchParams.get('schema')!;
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await checkDelivery('multi-host', traffic, async (conversationId) => {
        const result = await client.query<StoredMessage>(`SELECT id, seq, internal FROM "${schema}"."Message" WHERE "conversationId" = $1 ORDER BY seq`, [conversationId]);
        return result.rows;
      });
    } finally {
      await client.end();
    }
    expect(traffic.faults.length).toBe(6);
  }, 240_000);
});
