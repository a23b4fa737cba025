// The code of the WAL checkpoint thread (sqlite-checkpointer.ts runs it with `new Worker(code,
// { eval: true })`, so it needs no build step or loader, like the plugin sandbox): a connection of
// its own that copies the WAL back into the database file every 100 ms, so no COMMIT on the event
// loop does it (SQLite's automatic checkpoint, turned off on the process's connection). PASSIVE
// copies what no reader still needs and never waits for readers or writers: it takes no write
// lock, so it never delays another process's BEGIN IMMEDIATE. What is left goes next time.
export const CHECKPOINT_THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
const connection = new Database(workerData.file);
const checkpoints = setInterval(() => connection.pragma('wal_checkpoint(PASSIVE)'), 100);
parentPort.once('message', () => {
  clearInterval(checkpoints);
  connection.close();
  parentPort.close();
});
parentPort.postMessage('ready');
`;
