// WAL checkpoints off the event loop. With SQLite's automatic checkpoint, the COMMIT that takes the
// WAL past 1,000 pages copies them all into the database file and syncs it, synchronously, on
// the event loop: a latency spike every few hundred messages (bench/README.md). Here a worker
// thread checkpoints on its own connection instead, and the process's connection has the automatic
// checkpoint turned off. If the thread cannot start or fails later, the automatic checkpoint stays
// or comes back on: the WAL never grows without bound, and the store works as before.
import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CHECKPOINT_THREAD_SOURCE } from './sqlite-checkpoint-thread-source.ts';

const START_TIMEOUT_MS = 30_000;
const AUTOMATIC_CHECKPOINT_PAGES = 1_000;

export interface SqliteCheckpointer {
  close(): Promise<void>;
}

// better-sqlite3 as this module resolves it: an eval'd thread would resolve from the working directory.
const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

export async function startSqliteCheckpointer(
  file: string,
  connection: BetterSqlite3.Database,
  onFailure: (error: Error) => void,
): Promise<SqliteCheckpointer> {
  const thread = new Worker(CHECKPOINT_THREAD_SOURCE, { eval: true, workerData: { file, betterSqlite3: BETTER_SQLITE3 } });
  const started = await new Promise<true | Error>((resolve) => {
    const timeout = setTimeout(() => resolve(new Error(`The SQLite checkpoint thread did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
    thread.once('error', (error) => {
      clearTimeout(timeout);
      resolve(new Error(`The SQLite checkpoint thread could not open ${file}: ${error.message}`, { cause: error }));
    });
    thread.once('message', () => {
      clearTimeout(timeout);
      resolve(true);
    });
    thread.once('exit', (code) => {
      clearTimeout(timeout);
      resolve(new Error(`The SQLite checkpoint thread exited with code ${code} before it started.`));
    });
  });
  if (started !== true) {
    await thread.terminate();
    onFailure(started);
    return { close: async () => {} };
  }
  connection.pragma('wal_autocheckpoint = 0');
  let closing = false;
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.on('error', (error) => {
    if (!connection.open) return;
    connection.pragma(`wal_autocheckpoint = ${AUTOMATIC_CHECKPOINT_PAGES}`);
    onFailure(error);
  });
  void exited.then(() => {
    if (!closing && connection.open) connection.pragma(`wal_autocheckpoint = ${AUTOMATIC_CHECKPOINT_PAGES}`);
  });
  // The thread must not keep a process alive that has nothing else left to do.
  thread.unref();
  return {
    async close() {
      closing = true;
      thread.ref();
      thread.postMessage('close');
      await exited;
    },
  };
}
