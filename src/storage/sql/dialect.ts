// What differs between the databases the prepared SQL runs on. Statements are written once, with
// $1, $2… placeholders and "quoted" identifiers, in the per-table modules (conversation.ts,
// message.ts …); each database has one SqlDialect (sqlite-dialect.ts, postgres-dialect.ts,
// mysql-dialect.ts) and one SqlStore that runs statements on Prisma's own connections
// (sqlite-sql-store.ts, postgres-sql-store.ts, mysql-sql-store.ts). A new database is one more of each.
import type { Provider } from '../database-url.ts';

export interface Statement {
  /** SQL with $1, $2… placeholders; quoted identifiers as Prisma names them. */
  text: string;
  params: readonly unknown[];
  /** Set by incrementCounter (sql-store.ts): the statement adds 1 to this row's column and returns it. */
  counter?: Counter;
}

/** One row's integer column used as a counter (a workspace's event position). */
export interface Counter {
  table: string;
  column: string;
  id: string;
}

/** A model column as the Prisma datamodel describes it (model-columns.ts). */
export interface Column {
  /** Prisma scalar type (String, Int, DateTime, Json, Boolean…) or the enum's name. */
  type: string;
  isEnum: boolean;
}

export interface SqlDialect {
  readonly name: Provider;
  /** How the driver (and Prisma's raw queries) mark parameters: $1, $2… or `?` in order. */
  readonly placeholders: 'numbered' | 'positional';
  /** `$n` as a parameter of this column's type (PostgreSQL casts text to enums, timestamps, jsonb). */
  param(n: number, column: Column): string;
  /** A value as the driver binds it: dates in Prisma's storage format, booleans, JSON text. */
  encode(value: unknown): unknown;
  /** A column value as the driver returns it, turned into what Prisma returns. */
  decode(column: Column, value: unknown): unknown;
  /**
   * The clause that row-locks what a SELECT reads (waiting, or skipping rows another transaction
   * holds); null where every writer takes one database-wide lock anyway (SQLite).
   */
  lockRows(mode: 'wait' | 'skip-locked'): string | null;
  /** Full-text search of a workspace's messages: ids newest first, or null for a query with no words. */
  searchMessages(workspaceId: string, query: string, limit: number, offset: number): Statement | null;
  /** SQL for the seconds from one DateTime expression to another (fractional; NULL if either is). */
  secondsBetween(from: string, to: string): string;
  /** SQL for a DateTime expression's UTC day as 'YYYY-MM-DD' text (reports group by it). */
  utcDay(expression: string): string;
  /** SQL for a top-level key of a Json column as text ('to' of {"to":"RESOLVED"}). */
  jsonText(expression: string, key: string): string;
  /**
   * For a database that must run a statement as several (MySQL has no UPDATE … RETURNING): runs
   * it through `execute`, inside a transaction when `needsTransaction` says so. Unset: as written.
   */
  run?(statement: Statement, execute: (statement: Statement) => Promise<Record<string, unknown>[]>): Promise<Record<string, unknown>[]>;
  needsTransaction?(statement: Statement): boolean;
}

/** What every dialect decodes alike: numbers, dates, booleans as Prisma returns them. */
export function decodeCommon(type: string, value: unknown): unknown {
  switch (type) {
    case 'DateTime':
      return value instanceof Date ? value : new Date(value as string | number);
    case 'Boolean':
      return typeof value === 'boolean' ? value : Number(value) !== 0;
    case 'Int':
      return typeof value === 'bigint' ? Number(value) : value;
    default:
      return value;
  }
}
