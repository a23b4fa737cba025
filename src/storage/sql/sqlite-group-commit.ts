// Runs a batch of transactions (SQLite's group commit) in one BEGIN IMMEDIATE … COMMIT, in the
// writer thread. Nobody is answered before the COMMIT, so an acknowledged message is on disk
// whatever happens to the batch.
// One failing transaction must roll back only itself. A savepoint around each would do it, but
// cost about a quarter of an append's CPU (SQLite copies every page a savepoint changes to its
// sub-journal, a temp file once it outgrows memory), and failures are rare (a duplicate
// clientMessageId). So a batch runs without them; if one of its transactions fails, the batch
// rolls back and runs again with a savepoint each. Steps may run twice: they are generators run
// afresh (as MySQL's deadlock retries do), and nothing outside the database sees a result before
// the COMMIT.
import type BetterSqlite3 from 'better-sqlite3';
import { createBatchCounters, type BatchCounters } from './sqlite-batch-counters.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import { runStepsSync, stepsOfCall, type Row, type Statement } from './sql-store.ts';

export interface TransactionCall {
  name: string;
  args: readonly unknown[];
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

class CallFailed {
  constructor(readonly error: unknown) {}
}

export function createGroupCommit(connection: BetterSqlite3.Database, run: (statement: Statement) => Row[]) {
  const runCall = ({ name, args }: TransactionCall, counters: BatchCounters): unknown => {
    const steps = stepsOfCall(name, args, sqliteDialect);
    if (!steps) throw new Error(`The SQLite writer thread does not know the transaction "${name}": import the module that defines it in src/sqlite-writer-thread.ts.`);
    return runStepsSync(steps, counters.run);
  };
  const runBatch = (batch: readonly TransactionCall[], { inSavepoints }: { inSavepoints: boolean }): Outcome[] =>
    connection
      .transaction(() => {
        const counters = createBatchCounters(run);
        const outcomes = batch.map((call): Outcome => {
          if (!inSavepoints) {
            try {
              return { ok: true, value: runCall(call, counters) };
            } catch (error) {
              throw new CallFailed(error);
            }
          }
          const giveBack = counters.mark();
          try {
            return { ok: true, value: connection.transaction(() => runCall(call, counters))() };
          } catch (error) {
            giveBack();
            return { ok: false, error };
          }
        });
        counters.write();
        return outcomes;
      })
      .immediate();
  return (batch: readonly TransactionCall[]): Outcome[] => {
    try {
      return runBatch(batch, { inSavepoints: false });
    } catch (error) {
      if (!(error instanceof CallFailed)) return batch.map(() => ({ ok: false, error }));
      if (batch.length === 1) return [{ ok: false, error: error.error }];
      try {
        return runBatch(batch, { inSavepoints: true });
      } catch (error) {
        return batch.map(() => ({ ok: false, error }));
      }
    }
  };
}
