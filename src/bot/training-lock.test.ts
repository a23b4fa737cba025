import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdTrainingLock, LOCK_REFRESH_MS, LOCK_STALE_AFTER_MS, takeTrainingLock } from './training-lock.ts';

describe('the shipped-model training lock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kefu-training-lock-'));
    lockFile = join(dir, 'shipped.model.lock');
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  const leaveLock = (pid: number, ageMs: number) => {
    writeFileSync(lockFile, String(pid));
    const at = new Date(Date.now() - ageMs);
    utimesSync(lockFile, at, at);
  };

  it('is taken when nobody holds it, and then refused to others', () => {
    expect(takeTrainingLock(lockFile)).toBe(true);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
  });

  it('is refused while a live holder keeps it fresh', () => {
    leaveLock(process.ppid, 0);
    expect(takeTrainingLock(lockFile)).toBe(false);
  });

  // kill -9 during the first training, then a container restart on the same volume: the new
  // worker gets the PID that is in the lock file. It must not wait for itself forever.
  it('is taken over when the PID in it is now this very process', () => {
    leaveLock(process.pid, 1_000);
    expect(takeTrainingLock(lockFile)).toBe(true);
  });

  // The same restart can hand the dead holder's PID to a sibling worker that waits too.
  it('is taken over when its live holder stopped refreshing it', () => {
    leaveLock(process.ppid, LOCK_STALE_AFTER_MS + 1_000);
    expect(takeTrainingLock(lockFile)).toBe(true);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
  });

  it('is kept fresh while held and removed on release', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    expect(takeTrainingLock(lockFile)).toBe(true);
    const old = new Date(Date.now() - LOCK_STALE_AFTER_MS - 1_000);
    utimesSync(lockFile, old, old);
    const release = holdTrainingLock(lockFile);
    vi.advanceTimersByTime(LOCK_REFRESH_MS);
    expect(Date.now() - statSync(lockFile).mtimeMs).toBeLessThan(LOCK_STALE_AFTER_MS);
    release();
    expect(existsSync(lockFile)).toBe(false);
  });
});
