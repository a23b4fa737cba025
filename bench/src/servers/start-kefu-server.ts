// Kefu as users run it: `node bin/kefu.mjs start --workers N --port P` with `npm start`'s flags, on
// a fresh SQLite data dir or a fresh PostgreSQL schema, with the send rate limit lifted (the bench
// is the only caller).
// Several instances share that store and talk through the Redis in `env` (REDIS_URL or
// KEFU_REDIS_CLUSTER), as separate machines would.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sha256Hex } from '../../../src/graphql/trusted-documents.ts';
import { freePort } from '../../../src/testing/free-port.ts';
import { SERVER_NODE_FLAGS } from '../../../src/transport/server-node-flags.ts';
import { CONVERSATION_EVENTS, SEND_MESSAGE } from '../load/operations.ts';
import { spawnServer, type SpawnedServer } from './spawn-server.ts';

export interface KefuServerOptions {
  workers: number;
  /** postgresql://… to run on PostgreSQL (a new schema is created and dropped); empty for SQLite. */
  postgresUrl?: string;
  /** Directory for V8 CPU profiles of every server process (--cpu-prof), if wanted. */
  cpuProfileDir?: string;
  /** Separate `kefu start` processes on the same store (default 1). */
  instances?: number;
  /** More environment for every instance (e.g. the Redis to fan out through). */
  env?: Record<string, string>;
}

export interface KefuServer extends Omit<SpawnedServer, 'close'> {
  /** Stops the server; the data dir is removed unless `isKeepingData` (then the caller removes it). */
  close(isKeepingData?: boolean): Promise<void>;
  /** Stops every process and starts them again on the same ports and store: a fresh server holding the data made so far. */
  restart(): Promise<void>;
  url: string;
  wsUrl: string;
  /** The WebSocket URL of every instance (url and wsUrl are the first's). */
  wsUrls: string[];
  dataDir: string;
  database: 'sqlite' | 'postgresql';
}

const KEFU_BIN = findKefuBin();

/** The `kefu` CLI beside this module's tree: bin/ sits next to bench/ in a checkout and next to dist/ in a build. */
function findKefuBin(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    const bin = new URL('bin/kefu.mjs', dir);
    if (existsSync(bin)) return fileURLToPath(bin);
  }
  throw new Error(`bench: bin/kefu.mjs not found in any folder above ${fileURLToPath(import.meta.url)}`);
}

export async function startKefuServer(options: KefuServerOptions): Promise<KefuServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
  // The bench's operations as the trusted documents a deployment loads from its clients' codegen
  // (graphql.trustedDocuments): the clients still send the text, as the SDK does by default.
  const manifest = join(dataDir, 'trusted-documents.json');
  writeFileSync(manifest, JSON.stringify(Object.fromEntries([CONVERSATION_EVENTS, SEND_MESSAGE].map((text) => [sha256Hex(text), text]))));
  const schema = `bench_${process.pid}_${Date.now()}`;
  const databaseUrl = options.postgresUrl ? `${options.postgresUrl}${options.postgresUrl.includes('?') ? '&' : '?'}schema=${schema}` : '';
  const env: Record<string, string> = {
    KEFU_DATA_DIR: dataDir,
    KEFU_HTTP_HOST: '127.0.0.1',
    KEFU_LOG_LEVEL: 'info',
    // The load comes from one address and a few callers: rate limits would measure themselves.
    KEFU_LIMITS_SENDS_PER_MINUTE: '100000000',
    KEFU_LIMITS_CONVERSATIONS_PER_MINUTE: '100000000',
    KEFU_LIMITS_VISITOR_SESSIONS_PER_MINUTE: '100000000',
    KEFU_LIMITS_TYPING_PER_MINUTE: '100000000',
    KEFU_LIMITS_OPERATIONS_PER_MINUTE: '100000000',
    KEFU_LIMITS_WS_CONNECTIONS_PER_ADDRESS: '0',
    KEFU_LIMITS_CONNECTIONS_PER_ADDRESS: '0',
    KEFU_LIMITS_CREATES_PER_MINUTE: '100000000',
    KEFU_LIMITS_SIGN_INS_PER_MINUTE_PER_IP: '100000000',
    DATABASE_URL: databaseUrl,
    KEFU_GRAPHQL_TRUSTED_DOCUMENTS: manifest,
    ...options.env,
  };
  let servers: SpawnedServer[] = [];
  const spawnAll = async (ports: number[]) => {
    try {
      // One after the other: the first applies the migrations.
      for (const port of ports) servers.push(await spawnInstance(options, env, port));
    } catch (error) {
      await Promise.all(servers.map((s) => s.close()));
      throw error;
    }
  };
  await spawnAll(await Promise.all(Array.from({ length: options.instances ?? 1 }, () => freePort())));
  const ports = servers.map((s) => s.port);
  const [first] = servers as [SpawnedServer];
  const lineListeners = new Set<(line: string) => void>();
  const forwardLines = () => servers.forEach((s) => s.onLine((line) => lineListeners.forEach((listener) => listener(line))));
  forwardLines();
  return {
    port: first.port,
    pids: () => servers.flatMap((s) => s.pids()),
    onLine(listener) {
      lineListeners.add(listener);
      return () => lineListeners.delete(listener);
    },
    async restart() {
      await Promise.all(servers.map((s) => s.close()));
      servers = [];
      await spawnAll(ports);
      forwardLines();
    },
    url: `http://127.0.0.1:${first.port}/graphql`,
    wsUrl: `ws://127.0.0.1:${first.port}/graphql`,
    wsUrls: servers.map((s) => `ws://127.0.0.1:${s.port}/graphql`),
    dataDir,
    database: options.postgresUrl ? 'postgresql' : 'sqlite',
    async close(isKeepingData = false) {
      await Promise.all(servers.map((s) => s.close()));
      if (!isKeepingData) rmSync(dataDir, { recursive: true, force: true });
      if (options.postgresUrl) await dropSchema(options.postgresUrl, schema);
    },
  };
}

async function spawnInstance(options: KefuServerOptions, env: Record<string, string>, port: number): Promise<SpawnedServer> {
  return spawnServer({
    // Cluster workers inherit these flags, so every server process writes a profile on exit, and
    // answers SIGUSR2 with a full GC and its memory (src/gc-on-signal.ts, read-memory-after-gc.ts).
    // SERVER_NODE_FLAGS: what `npm start` passes.
    args: ['--expose-gc', ...SERVER_NODE_FLAGS, ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []), KEFU_BIN, 'start', '--workers', String(options.workers), '--port', String(port)],
    env,
    port,
    readyPattern: /kefu listening/,
    readyCount: options.workers,
    timeoutMs: 120_000,
  });
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
