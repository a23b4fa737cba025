// The CLI as a user runs it: help, and config errors on one line with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function kefu(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/kefu.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } });
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

  it('rejects a non-numeric --port', () => {
    const { code, stderr } = kefu(['start', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
  });
});
