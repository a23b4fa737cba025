// The body of the WAL checkpoint thread (sqlite-checkpointer.ts starts it): a connection of its
// own that copies the WAL back into the database file every CHECKPOINT_INTERVAL_MS, so no COMMIT
// on the event loop does it (SQLite's automatic checkpoint, turned off on the process's connection).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const CHECKPOINT_INTERVAL_MS = 100;

const connection = new Database((workerData as { file: string }).file);
// PASSIVE copies what no reader still needs and never waits for readers or writers: it takes no
// write lock, so it never delays another process's BEGIN IMMEDIATE. What is left goes next time.
const checkpoints = setInterval(() => connection.pragma('wal_checkpoint(PASSIVE)'), CHECKPOINT_INTERVAL_MS);

parentPort!.once('message', () => {
  clearInterval(checkpoints);
  connection.close();
  parentPort!.close();
});
parentPort!.postMessage('ready');
