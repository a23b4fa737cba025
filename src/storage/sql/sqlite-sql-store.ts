// The SQL store on SQLite. Reads run on Prisma's own better-sqlite3 connection; transactions run
// in the writer thread on a connection of its own (sqlite-writer.ts), in group commits. A read on
// Prisma's connection must not land inside a Prisma interactive transaction (BEGIN stays open on
// it across awaits), so reads wait for one to end (it is short).
import type BetterSqlite3 from 'better-sqlite3';
import { createSqliteSearchIndexer } from './sqlite-search-index.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import { createSqliteStatements } from './sqlite-statements.ts';
import type { SqliteWriter } from './sqlite-writer.ts';
import type { SqlStore } from './sql-store.ts';

export function createSqliteSqlStore(connection: BetterSqlite3.Database, writer: SqliteWriter): SqlStore {
  const run = createSqliteStatements(connection);
  const waitForNoOpenTransaction = async () => {
    while (connection.inTransaction) await new Promise((resolve) => setImmediate(resolve));
  };
  const searchIndex = createSqliteSearchIndexer((call) => writer.run(call));
  writer.onCommit((calls) => searchIndex.scheduleAfter(calls));
  return {
    dialect: sqliteDialect,
    async all(statement) {
      if (connection.inTransaction) await waitForNoOpenTransaction();
      return run(statement);
    },
    transaction: (transaction) => writer.run(transaction),
    write: (transaction) => writer.run(transaction),
    indexPendingSearch: () => searchIndex.indexPending(),
  };
}
