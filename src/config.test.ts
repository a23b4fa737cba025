import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, envNameOf, loadConfig } from './config.ts';

function yamlFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kefu-config-')), 'kefu.yml');
  writeFileSync(file, text);
  return file;
}

describe('config', () => {
  it('needs no settings and is frozen', () => {
    const config = loadConfig();
    expect(config.http.port).toBe(4000);
    expect(config.database.url).toBe('');
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  it('layers defaults < YAML < env < overrides', () => {
    const file = yamlFile('http:\n  port: 5000\nlimits:\n  messageMaxBytes: 100\n');
    const config = loadConfig({ file, env: { KEFU_LIMITS_MESSAGE_MAX_BYTES: '200', DATABASE_URL: 'postgresql://db/kefu', REDIS_URL: 'redis://r:6379' }, overrides: { http: { port: 6000 } } });
    expect(config.http.port).toBe(6000);
    expect(config.limits.messageMaxBytes).toBe(200);
    expect(config.database.url).toBe('postgresql://db/kefu');
    expect(config.redis.url).toBe('redis://r:6379');
  });

  it('maps config paths to KEFU_ variables', () => {
    expect(envNameOf('http.port')).toBe('KEFU_HTTP_PORT');
    expect(envNameOf('realtime.keepAliveMs')).toBe('KEFU_REALTIME_KEEP_ALIVE_MS');
  });

  it('names the key and the problem for bad values', () => {
    expect(() => loadConfig({ env: { PORT: 'eighty' } })).toThrow(/http\.port: Expected number/);
    expect(() => loadConfig({ file: yamlFile('http:\n  port: -1\n') })).toThrow(ConfigError);
    expect(() => loadConfig({ file: yamlFile('http:\n  port: -1\n') })).toThrow(/^http\.port: /);
  });

  it('reports a bad value that a flag overrides, as config check does', () => {
    expect(() => loadConfig({ env: { KEFU_HTTP_PORT: 'abc' }, overrides: { http: { port: 4000 } } })).toThrow(/^http\.port: Expected number, received string$/);
    expect(() => loadConfig({ file: yamlFile('workers: -3\n'), overrides: { workers: 2 } })).toThrow(/^workers: /);
    expect(loadConfig({ env: { KEFU_HTTP_PORT: '5000' }, overrides: { http: { port: 4000 } } }).http.port).toBe(4000);
  });

  it('suggests the closest key for unknown settings', () => {
    expect(() => loadConfig({ env: { KEFU_HTTP_PROT: '1' } })).toThrow('KEFU_HTTP_PROT is not a Kefu setting; did you mean KEFU_HTTP_PORT?');
    expect(() => loadConfig({ file: yamlFile('limits:\n  messageMaxByte: 5\n') })).toThrow('limits.messageMaxByte is not a Kefu setting; did you mean limits.messageMaxBytes?');
  });

  it('refuses URLs and secrets that start would fail on', () => {
    expect(() => loadConfig({ env: { DATABASE_URL: 'mongodb://root@localhost/kefu' } })).toThrow(/^database\.url: must be empty/);
    expect(() => loadConfig({ env: { DATABASE_URL: 'mysql://root@localhost:3306' } })).toThrow(/^database\.url: must be .*mysql:\/\/user:password@host:3306\/database/);
    expect(loadConfig({ env: { DATABASE_URL: 'mariadb://root@localhost:3306/kefu?connectionLimit=20' } }).database.url).toBe('mariadb://root@localhost:3306/kefu?connectionLimit=20');
    expect(() => loadConfig({ env: { REDIS_URL: 'localhost:6379' } })).toThrow(/^redis\.url: must be empty or start with redis:\/\//);
    expect(() => loadConfig({ env: { KEFU_AUTH_SECRET: 'too-short' } })).toThrow(/^auth\.secret: must be at least 32 characters/);
    expect(loadConfig({ env: { DATABASE_URL: 'postgres://db/kefu', REDIS_URL: 'rediss://r:6380', KEFU_AUTH_SECRET: 'x'.repeat(32) } }).database.url).toBe('postgres://db/kefu');
  });

  it('takes Redis Cluster seed nodes instead of one Redis URL', () => {
    expect(loadConfig({ env: { KEFU_REDIS_CLUSTER: '10.0.0.1:7000, redis://user:pw@10.0.0.2:7001,rediss://r3:7002' } }).redis.cluster).toContain('10.0.0.1:7000');
    expect(() => loadConfig({ env: { KEFU_REDIS_CLUSTER: '10.0.0.1' } })).toThrow(/^redis\.cluster: must be empty or a comma-separated list of host:port/);
    expect(() => loadConfig({ env: { KEFU_REDIS_CLUSTER: 'r1:7000', REDIS_URL: 'redis://r:6379' } })).toThrow(/^redis\.cluster: set redis\.url \(one Redis\) or redis\.cluster/);
  });

  it('takes Redis Sentinel nodes with the master group named by redis.url', () => {
    expect(loadConfig({ env: { KEFU_REDIS_SENTINELS: 's1:26379,s2:26379', REDIS_URL: 'redis://:pw@mymaster' } }).redis.sentinels).toBe('s1:26379,s2:26379');
    expect(() => loadConfig({ env: { KEFU_REDIS_SENTINELS: 's1:26379' } })).toThrow(/^redis\.sentinels: needs redis\.url naming the master group/);
  });

  it('reports every problem, not only the first', () => {
    const error = (() => {
      try {
        loadConfig({ env: { KEFU_HTTP_PROT: '1', PORT: 'eighty' }, file: yamlFile('limits:\n  messageMaxByte: 5\n') });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('loadConfig accepted a bad config');
    })();
    expect(error.problems).toEqual([
      'KEFU_HTTP_PROT is not a Kefu setting; did you mean KEFU_HTTP_PORT?',
      expect.stringMatching(/^http\.port: Expected number/),
      'limits.messageMaxByte is not a Kefu setting; did you mean limits.messageMaxBytes?',
    ]);
  });

  it('explains an unreadable or invalid file', () => {
    expect(() => loadConfig({ file: '/nonexistent/kefu.yml' })).toThrow(/cannot be read/);
    expect(() => loadConfig({ file: yamlFile('http: [\n') })).toThrow(/not valid YAML/);
  });
});

describe('request size limits', () => {
  it('derive the HTTP body and WebSocket frame limits from the message limit unless set', () => {
    expect(loadConfig().http.maxBodyBytes).toBe(16 * 1024 * 6 + 64 * 1024);
    expect(loadConfig().limits.wsMaxPayloadBytes).toBe(16 * 1024 * 6 + 64 * 1024);
    const larger = loadConfig({ env: { KEFU_LIMITS_MESSAGE_MAX_BYTES: '65536' } });
    expect(larger.http.maxBodyBytes).toBe(65536 * 6 + 64 * 1024);
    const fixed = loadConfig({ env: { KEFU_HTTP_MAX_BODY_BYTES: '1000000', KEFU_LIMITS_WS_MAX_PAYLOAD_BYTES: '200000' } });
    expect([fixed.http.maxBodyBytes, fixed.limits.wsMaxPayloadBytes]).toEqual([1000000, 200000]);
  });
});
