// The SQL store on Prisma's own better-sqlite3 connection. It must be the same connection: a
// second one would wait synchronously (busy_timeout) for a write lock held by a Prisma
// transaction that can only finish when the event loop runs. Statements are prepared once.
import type BetterSqlite3 from 'better-sqlite3';
import { sqliteDialect } from './sqlite-dialect.ts';
import { runStepsSync, toPositional, type Row, type SqlStore, type Statement, type Steps } from './sql-store.ts';

interface Prepared {
  statement: BetterSqlite3.Statement;
  /** Index into params for each `?`, in order ($n may repeat or come out of order). */
  order: number[];
}

export function createSqliteSqlStore(connection: BetterSqlite3.Database): SqlStore {
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
  // A Prisma interactive transaction keeps BEGIN open on this connection across awaits; our
  // statements must not land inside it, so they wait for it to end (it is short).
  const waitForNoOpenTransaction = async () => {
    while (connection.inTransaction) await new Promise((resolve) => setImmediate(resolve));
  };
  // Group commit: transactions asked for in the same turn of the event loop share one BEGIN …
  // COMMIT, each inside its own savepoint, so one failing rolls back only itself. Under load this
  // turns many small commits into one.
  let queued: { steps: () => Steps<unknown>; resolve(value: unknown): void; reject(error: unknown): void }[] = [];
  const commitQueued = async () => {
    if (connection.inTransaction) await waitForNoOpenTransaction();
    const batch = queued;
    queued = [];
    let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[];
    try {
      outcomes = connection
        .transaction(() =>
          batch.map(({ steps }) => {
            try {
              return { ok: true as const, value: connection.transaction(() => runStepsSync(steps(), run))() };
            } catch (error) {
              return { ok: false as const, error };
            }
          }),
        )
        .immediate();
    } catch (error) {
      outcomes = batch.map(() => ({ ok: false as const, error }));
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  };
  return {
    dialect: sqliteDialect,
    async all(statement) {
      if (connection.inTransaction) await waitForNoOpenTransaction();
      return run(statement);
    },
    transaction<T>(steps: () => Steps<T>) {
      return new Promise<T>((resolve, reject) => {
        if (queued.length === 0) setImmediate(() => void commitQueued());
        queued.push({ steps, resolve: resolve as (value: unknown) => void, reject });
      });
    },
  };
}
