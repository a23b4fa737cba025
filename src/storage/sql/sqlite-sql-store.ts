// The SQL store on Prisma's own better-sqlite3 connection. It must be the same connection: a
// second one would wait synchronously (busy_timeout) for a write lock held by a Prisma
// transaction that can only finish when the event loop runs. Statements are prepared once.
import type BetterSqlite3 from 'better-sqlite3';
import type { TransactionGate } from '../sqlite-prisma-connection.ts';
import { createBatchCounters, type BatchCounters } from './sqlite-batch-counters.ts';
import { createSqliteSearchIndexer } from './sqlite-search-index.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import { runStepsSync, toPositional, type Row, type SqlStore, type Statement, type Steps } from './sql-store.ts';

const GROUP_COMMIT_WINDOW_MS = 2;
const GROUP_COMMIT_MAX_DEPTH = 256;

interface Prepared {
  statement: BetterSqlite3.Statement;
  /** Index into params for each `?`, in order ($n may repeat or come out of order). */
  order: number[];
}

/** `gate`: a Prisma interactive transaction keeps BEGIN open on this connection across awaits; our statements wait for it to end. */
export function createSqliteSqlStore(connection: BetterSqlite3.Database, gate: TransactionGate): SqlStore {
  const prepared = new Map<string, Prepared>();
  const prepare = (text: string): Prepared => {
    let entry = prepared.get(text);
    if (!entry) {
      const positional = toPositional(text);
      const statement = connection.prepare(positional.text);
      if (statement.reader) statement.safeIntegers(false);
      prepared.set(text, (entry = { statement, order: positional.order }));
    }
    return entry;
  };
  const run = ({ text, params }: Statement): Row[] => {
    const { statement, order } = prepare(text);
    const values = order.map((i) => sqliteDialect.encode(params[i]));
    if (statement.reader) return statement.all(...values) as Row[];
    statement.run(...values);
    return [];
  };
  // Group commit: transactions asked within GROUP_COMMIT_WINDOW_MS of the first queued one (or
  // until GROUP_COMMIT_MAX_DEPTH are queued) share one BEGIN … COMMIT. Nobody is answered before the
  // COMMIT, so an acknowledged message is on disk whatever happens to the batch. Committing once
  // per event-loop turn gave batches of 1–3 under load and spent a quarter of the CPU in BEGIN/COMMIT.
  // One failing transaction must roll back only itself. A savepoint around each would do it, but
  // cost about a quarter of an append's CPU (SQLite copies every page a savepoint changes to its
  // sub-journal, a temp file once it outgrows memory), and failures are rare (a duplicate
  // clientMessageId). So a batch runs without them; if one of its transactions fails, the batch
  // rolls back and runs again with a savepoint each. Steps may run twice: they are generators run afresh (as MySQL's
  // deadlock retries do), and nothing outside the database sees a result before the COMMIT.
  type Job = { steps: () => Steps<unknown>; isSearchIndex: boolean; resolve(value: unknown): void; reject(error: unknown): void };
  type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
  let queued: Job[] = [];
  let timer: NodeJS.Timeout | null = null;
  class JobFailed {
    constructor(readonly error: unknown) {}
  }
  const runJob = ({ steps }: Job, counters: BatchCounters) => runStepsSync(steps(), counters.run);
  const runBatch = (batch: Job[], { inSavepoints }: { inSavepoints: boolean }): Outcome[] =>
    connection
      .transaction(() => {
        const counters = createBatchCounters(run);
        const outcomes = batch.map((job): Outcome => {
          if (!inSavepoints) {
            try {
              return { ok: true, value: runJob(job, counters) };
            } catch (error) {
              throw new JobFailed(error);
            }
          }
          const giveBack = counters.mark();
          try {
            return { ok: true, value: connection.transaction(() => runJob(job, counters))() };
          } catch (error) {
            giveBack();
            return { ok: false, error };
          }
        });
        counters.write();
        return outcomes;
      })
      .immediate();
  const commitQueued = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    await gate.outside(commitBatch);
  };
  const commitBatch = () => {
    const batch = queued;
    queued = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = runBatch(batch, { inSavepoints: false });
    } catch (error) {
      if (!(error instanceof JobFailed)) outcomes = batch.map(() => ({ ok: false, error }));
      else if (batch.length === 1) outcomes = [{ ok: false, error: error.error }];
      else {
        try {
          outcomes = runBatch(batch, { inSavepoints: true });
        } catch (error) {
          outcomes = batch.map(() => ({ ok: false, error }));
        }
      }
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
    if (batch.some((job) => !job.isSearchIndex)) searchIndex.schedule();
  };
  const enqueue = <T>(steps: () => Steps<T>, isSearchIndex: boolean) =>
    new Promise<T>((resolve, reject) => {
      queued.push({ steps, isSearchIndex, resolve: resolve as (value: unknown) => void, reject });
      if (queued.length === GROUP_COMMIT_MAX_DEPTH) setImmediate(() => void commitQueued());
      else if (queued.length === 1) timer = setTimeout(() => void commitQueued(), GROUP_COMMIT_WINDOW_MS);
    });
  const transaction = <T>(steps: () => Steps<T>) => enqueue(steps, false);
  const searchIndex = createSqliteSearchIndexer((steps) => enqueue(steps, true));
  return {
    dialect: sqliteDialect,
    all: (statement) => gate.outside(() => run(statement)),
    transaction,
    indexPendingSearch: () => searchIndex.indexPending(),
  };
}
