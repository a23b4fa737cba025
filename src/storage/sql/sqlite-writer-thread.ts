// The body of the SQLite writer thread: runs every SQL-store transaction of its process (group
// commits of appends, conversation numbers, workspace events, search indexing) on a connection of
// its own, so the statements, the COMMIT and the WAL checkpoints use a second core instead of the
// event loop. Transactions arrive as a name and arguments (sql-store.ts, defineTransaction); the
// thread's entry, src/sqlite-writer-thread.ts, imports the modules that define them first.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createGroupCommit } from './sqlite-group-commit.ts';
import { createSqliteStatements } from './sqlite-statements.ts';
import { sendableOutcome, type FromWriter, type ToWriter, type WriterOptions } from './sqlite-writer-protocol.ts';

// Checkpoints run here, after a batch's answers are sent, not inside a COMMIT (SQLite's automatic
// checkpoint, off on every connection of the process): a few hundred pages at a time keeps each short.
const CHECKPOINT_INTERVAL_MS = 100;

export function runSqliteWriterThread(): void {
  const options = workerData as WriterOptions;
  const port = parentPort!;
  const connection = new Database(options.file);
  connection.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('wal_autocheckpoint = 0');
  const commit = createGroupCommit(connection, createSqliteStatements(connection));

  let lastCheckpoint = performance.now();
  const checkpointIfDue = () => {
    if (performance.now() - lastCheckpoint < CHECKPOINT_INTERVAL_MS) return;
    // PASSIVE: copies what no reader still needs and never waits; what is left goes next time.
    connection.pragma('wal_checkpoint(PASSIVE)');
    lastCheckpoint = performance.now();
  };
  const idleCheckpoints = setInterval(checkpointIfDue, 1_000);

  const send = (message: FromWriter) => port.postMessage(message);

  port.on('message', (message: ToWriter) => {
    if (message.type === 'close') {
      clearInterval(idleCheckpoints);
      connection.close();
      port.close();
      return;
    }
    send({ type: 'done', id: message.id, outcomes: commit(message.calls).map(sendableOutcome) });
    checkpointIfDue();
  });
  send({ type: 'ready' });
}
