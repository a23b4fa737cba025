// The process's side of the SQLite writer thread (src/sqlite-writer-thread.ts): queues transactions,
// sends them as one batch (one group commit) and answers each caller when the batch has
// committed. One batch is in flight at a time; what is asked meanwhile goes in the next, so under
// load batches grow with the commit's own duration instead of a fixed window.
import { Worker } from 'node:worker_threads';
import { KefuError } from '../../errors.ts';
import type { Transaction } from './sql-store.ts';
import { receivedError, type FromWriter, type ToWriter, type WriterOptions } from './sqlite-writer-protocol.ts';

/** How long the first transaction of a batch waits for others to join it when no batch is in flight. */
const GROUP_COMMIT_WINDOW_MS = 2;
const GROUP_COMMIT_MAX_DEPTH = 256;
const START_TIMEOUT_MS = 30_000;

export interface SqliteWriter {
  run<T>(transaction: Transaction<T>): Promise<T>;
  /** After each batch the thread answered, with the transactions it held. */
  onCommit(listener: (calls: readonly Transaction<unknown>[]) => void): void;
  /**
   * Holds batches back until the returned resume is called, once the batch in flight (if any) has
   * committed: for a Prisma transaction on the process's other connection, which would otherwise
   * wait for this thread's write lock synchronously, on the event loop.
   */
  pause(): Promise<() => void>;
  /** Runs what is queued, then stops the thread. */
  close(): Promise<void>;
}

interface Job {
  transaction: Transaction<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

// From the sources (tsx, tests) the thread loads the .ts entry through tsx, as bin/kefu.mjs does.
// Written to run as CommonJS or as a module (a worker inherits flags such as --input-type).
const BOOTSTRAP = `
import('node:worker_threads')
  .then(async ({ workerData }) => {
    if (workerData.tsxApi) (await import(workerData.tsxApi)).register();
    await import(workerData.entry);
  })
  .catch((error) => setImmediate(() => { throw error; }));
`;

function spawnThread(options: WriterOptions): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`../../sqlite-writer-thread.${fromSources ? 'ts' : 'js'}`, import.meta.url).href;
  const tsxApi = fromSources ? import.meta.resolve('tsx/esm/api') : null;
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...options, entry, tsxApi } });
}

export async function startSqliteWriter(options: WriterOptions, log: (message: string, error?: unknown) => void): Promise<SqliteWriter> {
  const queued: Job[] = [];
  let inFlight: { id: number; jobs: Job[] } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closing = false;
  let closed: Promise<void> | null = null;
  let pauses = 0;
  const idleWaiters: (() => void)[] = [];
  const commitListeners: ((calls: readonly Transaction<unknown>[]) => void)[] = [];

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const thread = spawnThread(options);
      const timeout = setTimeout(() => {
        void thread.terminate();
        reject(new Error(`The SQLite writer thread did not start within ${START_TIMEOUT_MS / 1000} s.`));
      }, START_TIMEOUT_MS);
      thread.once('error', (error) => {
        clearTimeout(timeout);
        reject(new Error(`The SQLite writer thread could not open ${options.file}: ${error.message}`, { cause: error }));
      });
      thread.once('message', (message: FromWriter) => {
        clearTimeout(timeout);
        if (message.type !== 'ready') return reject(new Error(`The SQLite writer thread sent ${message.type} before it was ready.`));
        thread.on('message', onAnswer);
        thread.on('error', (error) => log('the SQLite writer thread failed', error));
        thread.once('exit', (code) => onExit(thread, code));
        thread.unref();
        resolve(thread);
      });
    });

  /** null while a new thread starts after one died. */
  let worker: Worker | null = await start();

  // The thread keeps the process alive only while it has work: a command that forgets to close
  // the database still exits, and one waiting for a commit does not exit under it.
  const sendQueued = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight || !worker || pauses > 0) return;
    if (queued.length === 0) return void worker.unref();
    worker.ref();
    const jobs = queued.splice(0, GROUP_COMMIT_MAX_DEPTH);
    inFlight = { id: nextId++, jobs };
    const batch: ToWriter = { type: 'batch', id: inFlight.id, calls: jobs.map(({ transaction: { name, args } }) => ({ name, args })) };
    worker.postMessage(batch);
  };

  function onAnswer(message: FromWriter) {
    if (message.type !== 'done' || !inFlight || message.id !== inFlight.id) return;
    const { jobs } = inFlight;
    inFlight = null;
    for (const idle of idleWaiters.splice(0)) idle();
    // Whoever waited while this batch ran has waited long enough: the next batch goes now.
    sendQueued();
    message.outcomes.forEach((outcome, i) => {
      const job = jobs[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(receivedError(outcome.error));
    });
    for (const listener of commitListeners) listener(jobs.map((job) => job.transaction));
  }

  // The thread died (a native crash, out of memory): whether the batch in flight committed is
  // unknown, so its callers get an error (a client re-sends with the same clientMessageId, which
  // the unique index dedupes) and a new thread takes the queue.
  function onExit(exited: Worker, code: number) {
    if (exited !== worker || closing) return;
    const lost = inFlight?.jobs ?? [];
    inFlight = null;
    worker = null;
    for (const idle of idleWaiters.splice(0)) idle();
    for (const job of lost) job.reject(new KefuError('INTERNAL_SERVER_ERROR', 'The database writer stopped while saving this; it may or may not be saved. Send it again (a message with the same clientMessageId is not stored twice).'));
    log(`the SQLite writer thread exited with code ${code}; starting a new one`);
    start().then(
      (started) => {
        worker = started;
        sendQueued();
      },
      (error) => {
        log('the SQLite writer thread could not be restarted', error);
        for (const job of queued.splice(0)) job.reject(error);
      },
    );
  }

  return {
    run<T>(transaction: Transaction<T>) {
      return new Promise<T>((resolve, reject) => {
        if (closing) return reject(new Error('The database is closing.'));
        queued.push({ transaction, resolve: resolve as (value: unknown) => void, reject });
        if (inFlight || pauses > 0) return;
        if (queued.length >= GROUP_COMMIT_MAX_DEPTH) sendQueued();
        else if (!timer) timer = setTimeout(sendQueued, GROUP_COMMIT_WINDOW_MS);
      });
    },
    onCommit: (listener) => void commitListeners.push(listener),
    async pause() {
      pauses++;
      if (inFlight) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      let resumed = false;
      return () => {
        if (resumed) return;
        resumed = true;
        pauses--;
        sendQueued();
      };
    },
    close() {
      closed ??= (async () => {
        while (worker && (inFlight || queued.length > 0)) {
          sendQueued();
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        closing = true;
        const thread = worker;
        if (!thread) return;
        const exited = new Promise((resolve) => thread.once('exit', resolve));
        thread.postMessage({ type: 'close' } satisfies ToWriter);
        const stuck = setTimeout(() => void thread.terminate(), 5_000);
        await exited;
        clearTimeout(stuck);
      })();
      return closed;
    },
  };
}
