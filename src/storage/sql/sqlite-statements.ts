// Prepared statements on one better-sqlite3 connection: each statement text is prepared once and
// its $n parameters become positional (they may repeat or come out of order).
import type BetterSqlite3 from 'better-sqlite3';
import { sqliteDialect } from './sqlite-dialect.ts';
import { toPositional, type Row, type Statement } from './sql-store.ts';

export function createSqliteStatements(connection: BetterSqlite3.Database): (statement: Statement) => Row[] {
  const prepared = new Map<string, { statement: BetterSqlite3.Statement; order: number[] }>();
  return ({ text, params }) => {
    let entry = prepared.get(text);
    if (!entry) {
      const positional = toPositional(text);
      const statement = connection.prepare(positional.text);
      if (statement.reader) statement.safeIntegers(false);
      prepared.set(text, (entry = { statement, order: positional.order }));
    }
    const values = entry.order.map((i) => sqliteDialect.encode(params[i]));
    if (entry.statement.reader) return entry.statement.all(...values) as Row[];
    entry.statement.run(...values);
    return [];
  };
}
