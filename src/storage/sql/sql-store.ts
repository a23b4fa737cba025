// Hand-written SQL for the per-message path. One Prisma query costs about 0.5 ms of CPU here
// (Prisma 6's query compiler plans every call in wasm), a prepared statement 5–15 µs, and every
// message runs several (bench/README.md). Only that path uses this; everything else is Prisma.
// Statements are written once with $1, $2… placeholders, as typed functions per table in this
// folder (conversation.ts, message.ts …), and run on every database (dialect.ts).
import type { Counter, SqlDialect, Statement } from './dialect.ts';

export type { Counter, Statement };

export type Row = Record<string, unknown>;


/**
 * A transaction's statements as a generator: each `yield` runs one statement and resumes with
 * its rows. The same steps then run synchronously on SQLite (nothing else can touch the
 * connection mid-transaction) and awaited on PostgreSQL.
 */
export type Steps<T> = Generator<Statement, T, Row[]>;

export interface SqlStore {
  readonly dialect: SqlDialect;
  all(statement: Statement): Promise<Row[]>;
  /** Runs the steps in one transaction; any error rolls it back. */
  transaction<T>(steps: () => Steps<T>): Promise<T>;
  /** Where search indexing lags behind the write (SQLite): index what is pending, before a search. */
  indexPendingSearch?(): Promise<void>;
}

/** A JSON column's value (a plain string parameter would be stored as text, not as JSON). */
export class JsonParam {
  constructor(readonly value: unknown) {}
}

export const json = (value: unknown): JsonParam | null => (value === undefined || value === null ? null : new JsonParam(value));

/** sql`SELECT … WHERE id = ${id}`: the values become $n parameters, never SQL text. */
export function sql(strings: TemplateStringsArray, ...params: unknown[]): Statement {
  let text = strings[0]!;
  for (let i = 1; i < strings.length; i++) text += `$${i}${strings[i]}`;
  return { text, params };
}

/**
 * `UPDATE … SET column = column + 1 WHERE "id" = … RETURNING column`: no row when there is no such
 * row. Marked, so a store that runs many transactions in one (SQLite's group commit) can count a
 * row's further bumps in memory and write the total once before its COMMIT.
 * On SQLite a counter's column must be changed only through this.
 */
export function incrementCounter(table: string, column: string, id: string): Statement {
  return { text: `UPDATE "${table}" SET "${column}" = "${column}" + 1 WHERE "id" = $1 RETURNING "${column}"`, params: [id], counter: { table, column, id } };
}

/** The statement with plain `?` placeholders and its params in their order ($n may repeat). */
export function toPositional(text: string): { text: string; order: number[] } {
  return { text: text.replace(/\$\d+/g, '?'), order: [...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1) };
}

export function runStepsSync<T>(steps: Steps<T>, run: (statement: Statement) => Row[]): T {
  let next = steps.next();
  while (!next.done) next = steps.next(run(next.value));
  return next.value;
}

export async function runSteps<T>(steps: Steps<T>, run: (statement: Statement) => Promise<Row[]>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await run(next.value));
  return next.value;
}
