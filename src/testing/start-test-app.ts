// A real Kefu on port 0 with its own SQLite file, PostgreSQL schema or MariaDB database, disposed by the test.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mariadb from 'mariadb';
import pg from 'pg';
import { createApp, type App } from '../app.ts';
import { loadConfig, type ConfigInput } from '../config.ts';
import type { Bus } from '../events/bus.ts';
import { createLogger } from '../log.ts';
import { mysqlPoolConfig } from '../storage/mysql-options.ts';
import { MYSQL_URL, POSTGRES_URL, type StorageProvider } from './services.ts';

/** Shared by every test app and spawned server, so the shipped bot model is trained once. */
export const BOT_MODEL_CACHE_DIR = join(tmpdir(), 'kefu-test-bot-models');

export interface TestApp {
  app: App;
  url: string;
  wsUrl: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  provider?: StorageProvider;
  config?: ConfigInput;
  bus?: Bus;
  /** Reuse another test app's database (e.g. two instances on one store). */
  databaseUrl?: string;
  dataDir?: string;
  /** Where log lines go (e.g. a Writable that collects them) and from which level; default silent. */
  log?: { destination: NodeJS.WritableStream; level?: 'error' | 'warn' | 'info' | 'debug' };
}

export async function createTestDatabase(provider: StorageProvider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-test-'));
    return { url: `file:${join(dir, 'kefu.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `kefu_test_${randomBytes(6).toString('hex')}`;
  if (provider === 'mysql') {
    // The migrator creates the database on first use.
    const url = new URL(MYSQL_URL);
    url.pathname = `/${schema}`;
    return {
      url: url.toString(),
      async drop() {
        const connection = await mariadb.createConnection({ ...mysqlPoolConfig(MYSQL_URL, { database: false }) });
        await connection.query(`DROP DATABASE IF EXISTS \`${schema}\``);
        await connection.end();
      },
    };
  }
  return {
    url: `${POSTGRES_URL}?schema=${schema}`,
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase(options.provider ?? 'sqlite');
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kefu-data-'));
  const config = loadConfig({
    overrides: {
      ...options.config,
      dataDir,
      http: { host: '127.0.0.1', port: 0, ...options.config?.http },
      database: { url: database.url },
      auth: { secret: 'test-secret-test-secret-test-secret-42', ...options.config?.auth },
      // The bot stays quiet unless a test turns it on; its shipped model is trained once per machine.
      bot: { enabled: false, modelCacheDir: BOT_MODEL_CACHE_DIR, ...options.config?.bot },
      // Test receivers listen on 127.0.0.1; private-network-guard.test.ts covers the default (off).
      webhooks: { allowPrivateNetworks: true, ...options.config?.webhooks },
      log: { level: options.log?.level ?? process.env.TEST_LOG_LEVEL ?? 'silent' },
    },
  });
  const app = await createApp(config, { log: createLogger(config, options.log?.destination), bus: options.bus });
  const { port } = await app.start();
  return {
    app,
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    databaseUrl: database.url,
    async close() {
      await app.stop();
      await database.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
