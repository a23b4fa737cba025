// The CLI as a user runs it: help, version, and config errors (a line each) with exit code 2.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../testing/free-port.ts';
import { hasRedisServer, killProcess, launchRedisServer } from '../testing/private-redis.ts';
import { describeWhen } from '../testing/services.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function kefu(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/kefu.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kefu CLI', () => {
  it('lists every command in --help', () => {
    const { code, stdout } = kefu(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'migrate', 'demo', 'schema', 'config']) expect(stdout).toContain(command);
  });

  it('rejects a bad setting with one line naming the key, and exit code 2', () => {
    const { code, stderr } = kefu(['config', 'check'], { KEFU_HTTP_PORT: 'abc' });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/http\.port/);
    const typo = kefu(['start', '--port', '0'], { KEFU_LIMITS_MESSAGE_MAX_BYTE: '5' });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean KEFU_LIMITS_MESSAGE_MAX_BYTES?');
  });

  it('demo prints the addresses on the port it is given', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-cli-demo-'));
    try {
      const { code, stdout } = kefu(['demo', '--port', '4567'], { KEFU_DATA_DIR: dataDir, KEFU_BOT_ENABLED: 'false' });
      expect(code).toBe(0);
      expect(stdout).toContain('Created the demo workspace.');
      expect(stdout).toContain('npm start -- --port 4567');
      expect(stdout).toContain('http://localhost:4567/console');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('prints the version from package.json', () => {
    const { code, stdout } = kefu(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists every problem at once, and start refuses what config check refuses before touching the data dir', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const env = { KEFU_DATA_DIR: dataDir, KEFU_AUTH_SECRET: 'short', DATABASE_URL: 'mongodb://root@127.0.0.1/test', KEFU_HTTP_PROT: '1' };
    const check = kefu(['config', 'check'], env);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('3 problems');
    expect(check.stderr).toContain('did you mean KEFU_HTTP_PORT?');
    expect(check.stderr).toMatch(/database\.url: must be .*postgresql:/);
    expect(check.stderr).toMatch(/auth\.secret: must be at least 32 characters/);
    const start = kefu(['start', '--port', '0', '--workers', '1'], env);
    expect(start.code).toBe(2);
    expect(start.stderr).toBe(check.stderr);
    expect(readdirSync(dataDir)).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a trusted-documents manifest it cannot read in config check and before start forks a worker', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const env = { KEFU_DATA_DIR: dataDir, KEFU_GRAPHQL_TRUSTED_DOCUMENTS: join(dataDir, 'missing.json') };
    const check = kefu(['config', 'check'], env);
    expect(check.code).toBe(2);
    expect(check.stderr).toBe(`kefu: invalid configuration: graphql.trustedDocuments: Trusted-documents manifest ${join(dataDir, 'missing.json')} cannot be read (ENOENT): check the path.\n`);
    const start = kefu(['start', '--port', '0', '--workers', '2'], env);
    expect(start.code).toBe(2);
    expect(start.stderr).toBe(check.stderr);
    expect(readdirSync(dataDir)).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says the port is taken and exits 1, with one worker and with two (the primary stops instead of restarting workers forever)', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      for (const workers of ['1', '2']) {
        const dataDir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
        const start = kefu(['start', '--port', String(port), '--workers', workers], { KEFU_DATA_DIR: dataDir, KEFU_HTTP_HOST: '127.0.0.1', KEFU_BOT_ENABLED: 'false', KEFU_LOG_LEVEL: 'warn' });
        expect(start.code).toBe(1);
        expect(start.stderr).toContain(`kefu: port ${port} is already in use on 127.0.0.1: stop what holds it, or start on another with --port or KEFU_HTTP_PORT.`);
        expect(start.stderr).not.toMatch(/\n\s+at /);
        rmSync(dataDir, { recursive: true, force: true });
      }
    } finally {
      holder.close();
    }
  }, 120_000);

  it('says in one line, exit 1, when the database or Redis cannot be reached or the database written (migrate, and start before any worker)', async () => {
    const closedPort = await freePort();
    const unreachable = { DATABASE_URL: `postgresql://kefu:secret@127.0.0.1:${closedPort}/kefu`, KEFU_LOG_LEVEL: 'warn' };
    const line = `kefu: cannot reach the database, PostgreSQL at 127.0.0.1:${closedPort}/kefu: connect ECONNREFUSED 127.0.0.1:${closedPort} (ECONNREFUSED). Check that it is running and that DATABASE_URL (database.url) names it.\n`;
    for (const args of [['migrate'], ['start', '--port', '0', '--workers', '2']]) {
      const run = kefu(args, unreachable);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(line);
      expect(run.stdout).not.toContain('secret');
    }
    const noRedis = kefu(['start', '--port', '0', '--workers', '1'], { KEFU_DATA_DIR: mkdtempSync(join(tmpdir(), 'kefu-cli-')), REDIS_URL: `redis://:secret@127.0.0.1:${closedPort}`, KEFU_LOG_LEVEL: 'error' });
    expect(noRedis.code).toBe(1);
    expect(noRedis.stderr).toBe(`kefu: cannot reach Redis at redis://***@127.0.0.1:${closedPort}: connect ECONNREFUSED 127.0.0.1:${closedPort}. Start Redis, or unset REDIS_URL and KEFU_REDIS_CLUSTER to run on one machine.\n`);
    // sysfs refuses new files whoever runs the test.
    const unwritable = kefu(['start', '--port', '0', '--workers', '1'], { DATABASE_URL: 'file:/sys/kefu-test.db', KEFU_LOG_LEVEL: 'warn' });
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toBe('kefu: cannot write the database, SQLite at /sys/kefu-test.db: unable to open database file (SQLITE_CANTOPEN). Check that the folder in DATABASE_URL (database.url) exists and this user may write to it.\n');
  }, 120_000);

  describeWhen(hasRedisServer() ? null : 'redis-server is not installed', 'a running Redis that refuses the login', () => {
    it('says the password is wrong instead of telling to start Redis (exit 1)', async () => {
      const port = await freePort();
      const redis = await launchRedisServer(['--port', String(port), '--bind', '127.0.0.1', '--requirepass', 'the-right-password']);
      try {
        const env = { KEFU_DATA_DIR: mkdtempSync(join(tmpdir(), 'kefu-cli-')), KEFU_LOG_LEVEL: 'error' };
        const wrong = kefu(['start', '--port', '0', '--workers', '1'], { ...env, REDIS_URL: `redis://:not-it@127.0.0.1:${port}` });
        expect(wrong.code).toBe(1);
        expect(wrong.stderr).toBe(`kefu: Redis at redis://***@127.0.0.1:${port} refused the login: WRONGPASS invalid username-password pair or user is disabled. Check the user and password in REDIS_URL (or in the KEFU_REDIS_CLUSTER entries).\n`);
        const none = kefu(['start', '--port', '0', '--workers', '1'], { ...env, REDIS_URL: `redis://127.0.0.1:${port}` });
        expect(none.code).toBe(1);
        expect(none.stderr).toBe(`kefu: Redis at redis://127.0.0.1:${port} refused the login: NOAUTH Authentication required. Check the user and password in REDIS_URL (or in the KEFU_REDIS_CLUSTER entries).\n`);
      } finally {
        await killProcess(redis);
      }
    }, 120_000);
  });

  it('says in one line, exit 1, when the data directory cannot be made (a symlink to a volume that is not mounted, a file in the path)', () => {
    const root = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    symlinkSync(join(root, 'not-mounted'), join(root, 'volume'));
    writeFileSync(join(root, 'file'), '');
    const env = { KEFU_LOG_LEVEL: 'error', KEFU_BOT_ENABLED: 'false' };
    const onSqlite = kefu(['start', '--port', '0', '--workers', '1'], { ...env, KEFU_DATA_DIR: join(root, 'volume', 'kefu') });
    expect(onSqlite.code).toBe(1);
    expect(onSqlite.stderr).toBe(`kefu: cannot write the database, SQLite at ${root}/volume/kefu/kefu.db: ENOENT: no such file or directory, mkdir '${root}/volume/kefu' (ENOENT). Check that the data directory (dataDir, KEFU_DATA_DIR) exists and this user may write to it.\n`);
    const underFile = kefu(['migrate'], { ...env, DATABASE_URL: `file:${root}/file/kefu.db` });
    expect(underFile.code).toBe(1);
    const inFile = kefu(['start', '--port', '0', '--workers', '1'], { ...env, KEFU_DATA_DIR: join(root, 'file', 'kefu') });
    expect(inFile.stderr).toBe(`kefu: cannot write the database, SQLite at ${root}/file/kefu/kefu.db: ENOTDIR: not a directory, mkdir '${root}/file/kefu' (ENOTDIR). Check that the data directory (dataDir, KEFU_DATA_DIR) exists and this user may write to it.\n`);
    expect(underFile.stderr).toBe(`kefu: cannot write the database, SQLite at ${root}/file/kefu.db: EEXIST: file already exists, mkdir '${root}/file' (EEXIST). Check that the folder in DATABASE_URL (database.url) exists and this user may write to it.\n`);
    // The database elsewhere: the secret, the bot's model and plugins still live in the data directory.
    const dataDirOnly = kefu(['start', '--port', '0', '--workers', '1'], { ...env, KEFU_DATA_DIR: join(root, 'volume', 'kefu'), DATABASE_URL: `file:${root}/kefu.db` });
    expect(dataDirOnly.code).toBe(1);
    expect(dataDirOnly.stderr).toBe(`kefu: cannot use the data directory ${root}/volume/kefu: ENOENT: no such file or directory, mkdir '${root}/volume/kefu/plugins' (ENOENT). Check that it (or the volume it is on) exists, is a folder, and this user may write to it (dataDir, KEFU_DATA_DIR).\n`);
  }, 120_000);

  it('says in one line, exit 1, when PostgreSQL takes the connection and never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const run = kefu(['migrate'], { DATABASE_URL: `postgresql://kefu@127.0.0.1:${port}/kefu`, KEFU_LOG_LEVEL: 'warn' });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`kefu: cannot reach the database, PostgreSQL at 127.0.0.1:${port}/kefu: no answer within 10 s (ETIMEDOUT). Check that it is running and that DATABASE_URL (database.url) names it.\n`);
    } finally {
      silent.close();
    }
  }, 60_000);

  it('rejects a non-numeric --port', () => {
    const { code, stderr } = kefu(['start', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
  });
});

describe('kefu config defaults and schema check-documents', () => {
  it('describes every setting, refined ones included', () => {
    const { code, stdout } = kefu(['config', 'defaults']);
    expect(code).toBe(0);
    expect(stdout).toContain('# graphql.trustedDocumentsOnly (KEFU_GRAPHQL_TRUSTED_DOCUMENTS_ONLY): Accept only operations');
    expect(stdout.split('\n').filter((line) => /^# \S+ \(KEFU_\w+\): $/.test(line))).toEqual([]);
  });

  it('passes the client manifest and fails a document the schema does not have, naming it', () => {
    const valid = kefu(['schema', 'check-documents', 'client/src/generated/persisted-documents.json']);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^(\d+) of \1 documents are valid against the schema and within the operation limits$/m);
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const text = 'query Stale { viewer { gone } }';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ [createHash('sha256').update(text).digest('hex')]: text }));
    const invalid = kefu(['schema', 'check-documents', join(dir, 'manifest.json')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('Stale:\n  Cannot query field "gone" on type "Viewer".');
    expect(invalid.stdout).toContain('0 of 1 documents are valid');
    const missing = kefu(['schema', 'check-documents', join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`kefu: Trusted-documents manifest ${join(dir, 'missing.json')} cannot be read (ENOENT): check the path.\n`);
    writeFileSync(join(dir, 'broken.json'), '{"abc":');
    const broken = kefu(['schema', 'check-documents', join(dir, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^kefu: Trusted-documents manifest .*broken\.json is not JSON: .+\n$/);
  });
});

