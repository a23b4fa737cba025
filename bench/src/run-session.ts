// One server under load: start it (Kefu or a reference), create its setup data, fork the client
// processes and connect every socket. Scenarios drive the session and close it.
import { planProcessCount, createClientPool, type ClientPool } from './load/client-pool.ts';
import type { ConnectResult, ConversationPlan } from './load/client-protocol.ts';
import { conversationsOf, type BenchOptions } from './options.ts';
import type { ProgressDisplay } from './report/progress-display.ts';
import { startKefuServer } from './servers/start-kefu-server.ts';
import { planReferenceConversations, startReferenceServer, type ReferenceKind } from './servers/start-reference-server.ts';
import { readMemoryAfterGc, type MemoryAfterGc } from './servers/read-memory-after-gc.ts';
import { readProcessUsage, readSlabBytes, type ProcessUsage } from './servers/sample-processes.ts';
import { createKefuFixtures } from './setup/create-kefu-fixtures.ts';

export type Target = 'kefu' | ReferenceKind;

export interface Session {
  target: Target;
  label: string;
  connections: number;
  conversations: ConversationPlan[];
  pool: ClientPool;
  serverPids(): number[];
  /** Kefu on SQLite: the data dir holding kefu.db. */
  dataDir?: string;
  /** Server usage and kernel slab after setup, before any socket opened. */
  baseline: ProcessUsage & { slabBytes: number };
  /** Kefu with `isMeasuringMemory`: its memory after a forced GC, fresh on an empty store and restarted after setup (the baseline). */
  memory?: { freshIdle: MemoryAfterGc; afterSetup: MemoryAfterGc };
  /** Kefu only: every server process's memory after a forced GC, now. */
  readMemoryAfterGc(): Promise<MemoryAfterGc>;
  connect: ConnectResult & { connectsPerSec: number };
  /** Stops clients and server; with `isKeepingData` a Kefu SQLite data dir stays for the caller to read and remove. */
  close(isKeepingData?: boolean): Promise<void>;
}

export interface SessionShape {
  database?: 'sqlite' | 'postgresql';
  /**
   * Kefu: weigh the fresh server, then restart it after setup so the baseline is a fresh server
   * holding the data (setup through the API grows the heap, and sockets would fill what it left).
   */
  isMeasuringMemory?: boolean;
}

export async function openSession(target: Target, options: BenchOptions, display: ProgressDisplay, shape: SessionShape = {}): Promise<Session> {
  const { database = options.database === 'postgresql' ? 'postgresql' : 'sqlite', isMeasuringMemory = false } = shape;
  const count = conversationsOf(options);
  const label = target === 'kefu' ? `kefu (${kefuShape(options)}, ${database})` : `${target} reference`;
  display.phase(`${label}: starting`);
  const redis = target === 'kefu' ? await startBenchRedis(options.redis) : null;
  const server =
    target === 'kefu'
      ? await startKefuServer({
          workers: options.workers,
          instances: options.instances,
          env: redis?.env,
          postgresUrl: database === 'postgresql' ? options.postgresUrl : undefined,
          cpuProfileDir: options.cpuProfDir,
        }).catch(async (error: unknown) => {
          await redis?.close();
          throw error;
        })
      : await startReferenceServer(target, options.cpuProfDir);
  try {
    display.watchServer(server.pids);
    const freshIdle = isMeasuringMemory && 'restart' in server ? await readMemoryAfterGc(server) : null;
    display.phase(`${label}: setup`);
    const conversations =
      target === 'kefu' && 'url' in server
        ? await createKefuFixtures(server.url, { conversations: count, agentsPerConversation: options.agents, agentAccounts: 8, onProgress: (n) => display.phase(`${label}: setup ${n}/${count} conversations`) })
        : planReferenceConversations(count, options.agents);
    let memory: Session['memory'];
    if (freshIdle && 'restart' in server) {
      display.phase(`${label}: restarting after setup`);
      await server.restart();
      memory = { freshIdle, afterSetup: await readMemoryAfterGc(server) };
    }
    const connections = conversations.reduce((n, c) => n + c.memberTokens.length, 0);
    const baseline = { ...readProcessUsage(server.pids()), slabBytes: readSlabBytes() };
    const pool = await createClientPool('wsUrls' in server ? server.wsUrls : [server.wsUrl], conversations, Math.min(count, planProcessCount(connections, options.clientProcesses)));
    display.watchClients(pool);
    display.phase(`${label}: connecting ${connections}`);
    const results = await pool.connect({ connectsPerSec: options.connectRate, maxPending: 1000, timeoutMs: Math.max(120_000, (connections / options.connectRate) * 5000) });
    const durationMs = Math.max(...results.map((r) => r.durationMs));
    const subscribed = results.reduce((n, r) => n + r.subscribed, 0);
    return {
      target,
      label,
      connections,
      conversations,
      pool,
      serverPids: server.pids,
      dataDir: 'dataDir' in server && database === 'sqlite' ? server.dataDir : undefined,
      baseline,
      memory,
      readMemoryAfterGc: () => ('restart' in server ? readMemoryAfterGc(server) : Promise.reject(new Error(`bench: ${label} does not report its memory after a GC`))),
      connect: { subscribed, failed: connections - subscribed, durationMs, connectsPerSec: subscribed / (durationMs / 1000) },
      async close(isKeepingData = false) {
        display.phase(`${label}: closing`);
        await pool.close();
        display.watchClients(null);
        display.watchServer(null);
        await server.close(isKeepingData);
        await redis?.close();
      },
    };
  } catch (error) {
    await server.close();
    await redis?.close();
    throw error;
  }
}

function kefuShape(options: BenchOptions): string {
  const workers = `${options.workers} worker${options.workers > 1 ? 's' : ''}`;
  if (options.instances <= 1) return workers;
  return `${options.instances} instances of ${workers} over ${options.redis === 'cluster' ? 'a 3-master Redis Cluster' : 'one Redis'}`;
}

/** A private Redis (or Redis Cluster) for this run only, and the env that points Kefu at it. */
async function startBenchRedis(kind: BenchOptions['redis']): Promise<{ env: Record<string, string>; close(): Promise<void> } | null> {
  // Loaded on demand: the test helpers need dev dependencies, which a production install lacks.
  if (kind === 'redis') {
    const { startPrivateRedis } = await import('../../src/testing/private-redis.ts');
    const redis = await startPrivateRedis();
    return { env: { REDIS_URL: redis.url }, close: redis.close };
  }
  if (kind === 'cluster') {
    const { startRedisCluster } = await import('../../src/testing/redis-cluster.ts');
    const cluster = await startRedisCluster();
    return { env: { KEFU_REDIS_CLUSTER: cluster.nodes }, close: cluster.close };
  }
  return null;
}
