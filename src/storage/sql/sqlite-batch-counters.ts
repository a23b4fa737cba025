// Counters (incrementCounter, sql-store.ts) inside one SQLite group commit: the first increment of
// a row in the batch runs its UPDATE, later ones count in memory, and before the COMMIT a row
// counted further is written once more. So a batch of appends to one workspace bumps its event
// position with at most two UPDATEs, not one each on the same hot row, and a batch with one
// append costs what it did. Correct because the batch holds the write lock from its BEGIN
// IMMEDIATE to its COMMIT: no other process or connection can change the row in between, and the
// values are assigned in the order the batch runs, which is its commit order.
import type { Counter, Row, Statement } from './sql-store.ts';

export type BatchCounters = ReturnType<typeof createBatchCounters>;

export function createBatchCounters(run: (statement: Statement) => Row[]) {
  const counters = new Map<string, { counter: Counter; written: number; value: number }>();
  return {
    /** Runs a statement of the batch: counters as above, anything else as it is. */
    run(statement: Statement): Row[] {
      const { counter } = statement;
      if (!counter) return run(statement);
      const key = `${counter.table}.${counter.column}.${counter.id}`;
      const entry = counters.get(key);
      if (entry) return [{ [counter.column]: ++entry.value }];
      const rows = run(statement);
      if (rows[0]) {
        const value = Number(rows[0][counter.column]);
        counters.set(key, { counter, written: value, value });
      }
      return rows;
    },
    /** Before a transaction that may roll back alone (to its savepoint): gives back what it counted, so values stay gap-free. */
    mark(): () => void {
      const saved = new Map([...counters].map(([key, entry]) => [key, entry.value]));
      return () => {
        for (const [key, entry] of counters) {
          const value = saved.get(key);
          // A row first bumped by the failed transaction: its UPDATE rolled back with it.
          if (value === undefined) counters.delete(key);
          else entry.value = value;
        }
      };
    },
    /** Before the COMMIT. */
    write(): void {
      for (const { counter, written, value } of counters.values()) {
        if (value !== written) run({ text: `UPDATE "${counter.table}" SET "${counter.column}" = $1 WHERE "id" = $2`, params: [value, counter.id] });
      }
    },
  };
}
