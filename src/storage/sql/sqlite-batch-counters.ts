// Counters (incrementCounter, sql-store.ts) inside one SQLite group commit: the first increment of
// a row reads its value, later ones count in memory, and before the COMMIT each changed row is
// written once. So a batch of appends to one workspace bumps its event position with one UPDATE,
// not one each on the same hot row. Correct because the batch holds the write lock from its BEGIN
// IMMEDIATE to its COMMIT: no other process or connection can change the row in between, and the
// values are assigned in the order the batch runs, which is its commit order.
import type { Counter, Row, Statement } from './sql-store.ts';

export type BatchCounters = ReturnType<typeof createBatchCounters>;

export function createBatchCounters(run: (statement: Statement) => Row[]) {
  const counters = new Map<string, { counter: Counter; read: number; value: number }>();
  return {
    increment(counter: Counter): Row[] {
      const key = `${counter.table}.${counter.column}.${counter.id}`;
      let entry = counters.get(key);
      if (!entry) {
        const [row] = run({ text: `SELECT "${counter.column}" AS "value" FROM "${counter.table}" WHERE "id" = $1`, params: [counter.id] });
        if (!row) return [];
        entry = { counter, read: Number(row.value), value: Number(row.value) };
        counters.set(key, entry);
      }
      entry.value++;
      return [{ [counter.column]: entry.value }];
    },
    /** Before a transaction that may roll back alone (to its savepoint): gives back what it counted, so values stay gap-free. */
    mark(): () => void {
      const saved = new Map([...counters].map(([key, entry]) => [key, entry.value]));
      return () => {
        for (const [key, entry] of counters) entry.value = saved.get(key) ?? entry.read;
      };
    },
    /** Before the COMMIT. */
    write(): void {
      for (const { counter, read, value } of counters.values()) {
        if (value !== read) run({ text: `UPDATE "${counter.table}" SET "${counter.column}" = $1 WHERE "id" = $2`, params: [value, counter.id] });
      }
    },
  };
}
