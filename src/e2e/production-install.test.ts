// The production path: a built tree installed without dev dependencies (`npm ci --omit=dev` after
// `npm run build`, as the Dockerfile does) starts from dist/ and serves the prebuilt UI bundles
// gzipped with an ETag. Node modules are hard-linked from this checkout and pruned, which leaves
// exactly what an --omit=dev install has, without compiling native modules again.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBuildFresh } from '../../bin/build-freshness.mjs';
import { gqlData } from '../testing/graphql-client.ts';
import { freePort } from '../testing/free-port.ts';
import { waitUntil } from '../testing/wait-until.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('a production install (built, then --omit=dev)', () => {
  let dir: string;
  let url: string;
  let stop: () => Promise<number | null>;
  beforeAll(async () => {
    if (!isBuildFresh(ROOT)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'kefu-prod-'));
    for (const entry of ['package.json', 'package-lock.json', 'bin', 'dist']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, preserveTimestamps: true });
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
    execFileSync('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['bin/kefu.mjs', 'start', '--workers', '1', '--port', String(port)], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', KEFU_HTTP_HOST: '127.0.0.1', KEFU_DATA_DIR: join(dir, 'data'), KEFU_BOT_ENABLED: 'false', KEFU_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    stop = () => (child.kill('SIGTERM'), exited);
    await Promise.race([
      waitUntil(async () => (await fetch(`${url}/ready`)).ok, 'the production install to serve'),
      exited.then((code) => Promise.reject(new Error(`kefu exited with ${code}:\n${output}`))),
    ]);
  }, 600_000);
  afterAll(async () => {
    expect(await stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  // (typescript and prisma stay: @prisma/client declares them as peer dependencies.)
  it('has none of the build tools', () => {
    for (const tool of ['tsx', 'esbuild', 'vitest', 'eslint']) expect(existsSync(join(dir, 'node_modules', tool)), tool).toBe(false);
  });

  it('serves GraphQL and the prebuilt widget, gzipped with an ETag', async () => {
    expect(await gqlData(`${url}/graphql`, '{ __typename }')).toEqual({ __typename: 'Query' });
    const widget = await fetch(`${url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-encoding')).toBe('gzip');
    const etag = widget.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await widget.text()).length).toBeGreaterThan(10_000);
    const again = await fetch(`${url}/widget.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });
});
