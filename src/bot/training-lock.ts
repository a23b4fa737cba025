// One process trains the shipped model while the others wait for its file: the trainer holds a
// lock file and refreshes its mtime while it trains. A lock is taken over when its process is gone
// or when it stopped being refreshed: after a kill the PID in it may belong to another process, and
// a container restarted on the same data volume gives its workers the very same PIDs, so a PID
// alone would leave every worker waiting for a holder that no longer exists.
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';

export const LOCK_REFRESH_MS = 2_000;
/** Training yields to the event loop between batches, so a live holder refreshes far more often. */
export const LOCK_STALE_AFTER_MS = 30_000;

/** True when this process may train: it made the lock file, or took over a stale one. */
export function takeTrainingLock(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    let holder: number;
    let refreshedAtMs: number;
    try {
      holder = Number(readFileSync(lockFile, 'utf8'));
      refreshedAtMs = statSync(lockFile).mtimeMs;
    } catch {
      return takeTrainingLock(lockFile); // released between our two calls
    }
    const isHeld = holder !== process.pid && isAlive(holder) && Date.now() - refreshedAtMs < LOCK_STALE_AFTER_MS;
    if (isHeld) return false;
    rmSync(lockFile, { force: true });
    return takeTrainingLock(lockFile);
  }
}

/** Keeps a taken lock fresh until the returned function releases it. */
export function holdTrainingLock(lockFile: string): () => void {
  const refresher = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(lockFile, now, now);
    } catch {
      // Removed meanwhile (taken over as stale): training goes on, and the model file is written atomically.
      clearInterval(refresher);
    }
  }, LOCK_REFRESH_MS).unref();
  return () => {
    clearInterval(refresher);
    rmSync(lockFile, { force: true });
  };
}

function isAlive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
