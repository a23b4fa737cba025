// The deployment files, checked statically (no container engine runs on the CI machines): every
// KEFU_* / DATABASE_URL / REDIS_URL they set is a valid setting, every path they copy exists, and
// the image runs unprivileged with a health check, and every launcher passes the server's Node flags.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../config.ts';
import { SERVER_NODE_FLAGS } from '../transport/server-node-flags.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('deployment files', () => {
  it('Dockerfile: copies what exists, builds, runs unprivileged with a health check', () => {
    const dockerfile = read('Dockerfile');
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' '));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(existsSync(join(ROOT, source)), source).toBe(true);
    expect(dockerfile).toMatch(/RUN npm run build && npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\/ready/m);
    const env = Object.fromEntries([...dockerfile.matchAll(/(KEFU_\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
    expect(() => loadConfig({ env })).not.toThrow();
  });

  it('compose.yaml: two Kefu instances on one PostgreSQL and Redis, with valid settings', () => {
    const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, { environment?: Record<string, string>; ports?: string[] }> };
    expect(Object.keys(compose.services).sort()).toEqual(['kefu-1', 'kefu-2', 'postgres', 'redis']);
    for (const name of ['kefu-1', 'kefu-2']) {
      const environment = compose.services[name]!.environment!;
      expect(environment.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(() => loadConfig({ env: { ...environment, KEFU_AUTH_SECRET: 'x'.repeat(32) } })).not.toThrow();
    }
    expect(compose.services['kefu-1']!.ports).not.toEqual(compose.services['kefu-2']!.ports);
  });

  it('.env.example and the systemd unit name only real settings', () => {
    const example = Object.fromEntries(
      read('.env.example')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split('=') as [string, string]),
    );
    expect(Object.keys(example)).toContain('KEFU_AUTH_SECRET');
    expect(() => loadConfig({ env: example })).not.toThrow();
    const unit = read('deploy/kefu.service');
    const env = Object.fromEntries([...unit.matchAll(/(KEFU_\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
    expect(() => loadConfig({ env })).not.toThrow();
  });

  it('npm start, the Dockerfile and the systemd unit start the server with its Node flags', () => {
    const flags = SERVER_NODE_FLAGS.join(' ');
    expect(JSON.parse(read('package.json')).scripts.start).toBe(`node ${flags} bin/kefu.mjs start`);
    expect(read('Dockerfile')).toMatch(new RegExp(`^CMD \\["node", ${SERVER_NODE_FLAGS.map((f) => JSON.stringify(f)).join(', ')}, "bin/kefu.mjs", "start"\\]$`, 'm'));
    expect(read('deploy/kefu.service')).toMatch(new RegExp(`^ExecStart=/usr/bin/node ${flags} bin/kefu.mjs start$`, 'm'));
  });
});
