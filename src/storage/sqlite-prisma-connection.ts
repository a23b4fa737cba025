// Prisma's SQLite adapter runs every query on one better-sqlite3 connection. Two of its habits
// need correcting for a server with many requests in flight and several processes on one file:
//
// - An interactive transaction keeps BEGIN open across awaits, and the adapter lets queries from
//   outside the transaction run meanwhile. They land inside it: they read its uncommitted rows,
//   and a write of theirs vanishes with it when it rolls back (a routing claim that finds the
//   agent full rolls back), after its caller was told it succeeded. The gate holds them until the
//   transaction ends; the SQL store (sql/sqlite-sql-store.ts) waits at the same gate.
// - Its BEGIN is deferred. A deferred transaction that reads before it writes gets SQLITE_BUSY at
//   once, without waiting, when another process holds the write lock at that moment (SQLite
//   cannot let a WAL reader with an old snapshot write). BEGIN IMMEDIATE takes the write lock
//   first and waits for it (busy_timeout) like every other writer.
import type BetterSqlite3 from 'better-sqlite3';
import type { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

export interface TransactionGate {
  /**
   * Runs `run` with no interactive transaction open on the connection: in this turn when none is,
   * or once the open one has ended (and no other has begun since).
   */
  outside<T>(run: () => T | Promise<T>): Promise<T>;
}

interface Gate extends TransactionGate {
  open(): void;
  close(): void;
}

function createGate(): Gate {
  let ended: { promise: Promise<void>; resolve(): void } | null = null;
  return {
    open() {
      if (ended) return;
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      ended = { promise, resolve };
    },
    close() {
      ended?.resolve();
      ended = null;
    },
    async outside(run) {
      // Checked again after each wait: a queued transaction may begin before this continues.
      while (ended) await ended.promise;
      return run();
    },
  };
}

/**
 * Makes the adapter's interactive transactions BEGIN IMMEDIATE and keeps the adapter's own
 * (non-transaction) queries out of them. Call once on the connection and the adapter it serves.
 */
export function guardInteractiveTransactions(connection: BetterSqlite3.Database, adapter: Adapter): TransactionGate {
  const gate = createGate();
  const prepare = connection.prepare.bind(connection);
  // Prisma prepares BEGIN and runs it; COMMIT and ROLLBACK it prepares, binds (no values) and runs.
  const begin = {
    run: () => {
      let result: BetterSqlite3.RunResult;
      try {
        result = prepare('BEGIN IMMEDIATE').run();
      } catch (error) {
        // The lock stayed busy past busy_timeout: fall back to a deferred BEGIN, because the
        // adapter takes its transaction mutex before BEGIN and would never release it if BEGIN threw.
        // The transaction's first write then fails with SQLITE_BUSY and the caller may run it again.
        if (!(error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw error;
        result = prepare('BEGIN').run();
      }
      gate.open();
      return result;
    },
  };
  const ending = (source: string) => {
    const statement = prepare(source);
    const ends = {
      bind: () => ends,
      run: () => {
        try {
          return statement.run();
        } finally {
          if (!connection.inTransaction) gate.close();
        }
      },
    };
    return ends;
  };
  const statements: Record<string, object> = { BEGIN: begin, COMMIT: ending('COMMIT'), ROLLBACK: ending('ROLLBACK') };
  connection.prepare = ((source: string) => statements[source] ?? prepare(source)) as typeof connection.prepare;

  // Only the adapter's own methods wait; a transaction's queries go through its transaction object.
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.queryRaw = (query) => gate.outside(() => queryRaw(query));
  adapter.executeRaw = (query) => gate.outside(() => executeRaw(query));
  adapter.executeScript = (script) => gate.outside(() => executeScript(script));
  return gate;
}
