// What the SQL store needs to know about a model's columns, read from the Prisma datamodel (the
// one source of truth): which are dates, booleans, JSON or enums, to write parameters PostgreSQL
// can type (explicit casts) and to turn rows into the shapes Prisma returns.
import { Prisma } from '../models.ts';
import type { Column, SqlDialect } from './dialect.ts';
import type { Row } from './sql-store.ts';

const models = new Map<string, Map<string, Column>>();
for (const { name, fields } of Prisma.dmmf.datamodel.models) {
  const columns = new Map<string, Column>();
  for (const field of fields) if (field.kind !== 'object') columns.set(field.name, { type: field.type, isEnum: field.kind === 'enum' });
  models.set(name, columns);
}

function columnsOf(model: string): Map<string, Column> {
  const columns = models.get(model);
  if (!columns) throw new Error(`Unknown model ${model}`);
  return columns;
}

function columnOf(model: string, name: string): Column {
  const column = columnsOf(model).get(name);
  if (!column) throw new Error(`${model} has no column ${name}`);
  return column;
}

/** `$n` with the cast PostgreSQL needs to read a text parameter as this column's type. */
export function placeholder(dialect: SqlDialect, model: string, name: string, n: number): string {
  return dialect.param(n, columnOf(model, name));
}

/** `"a" = $3, "b" = $4…` for the given values, numbered from `first`. */
export function setList(dialect: SqlDialect, model: string, values: Record<string, unknown>, first: number): { text: string; params: unknown[] } {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  return {
    text: entries.map(([name], i) => `"${name}" = ${placeholder(dialect, model, name, first + i)}`).join(', '),
    params: entries.map(([, value]) => value),
  };
}

/** A row's `"a", "b"…` and its `$first, $first+1…` (cast as each column needs); the values' keys must be the model's columns. */
export function rowValues(dialect: SqlDialect, model: string, values: Record<string, unknown>, first = 1): { columns: string; placeholders: string; params: unknown[] } {
  const names = Object.keys(values);
  return {
    columns: names.map((n) => `"${n}"`).join(', '),
    placeholders: names.map((n, i) => placeholder(dialect, model, n, first + i)).join(', '),
    params: Object.values(values),
  };
}

/** INSERT of one row; the values' keys must be the model's columns. */
export function insertRow(dialect: SqlDialect, model: string, values: Record<string, unknown>): { text: string; params: unknown[] } {
  const row = rowValues(dialect, model, values);
  return { text: `INSERT INTO "${model}" (${row.columns}) VALUES (${row.placeholders})`, params: row.params };
}

/** A row as Prisma returns it: Date, boolean, parsed JSON, number. */
export function decodeRow<T>(dialect: SqlDialect, model: string, row: Row): T {
  const columns = columnsOf(model);
  const out: Row = {};
  for (const [name, value] of Object.entries(row)) {
    const column = columns.get(name);
    out[name] = column && value !== null && value !== undefined ? dialect.decode(column, value) : value;
  }
  return out as T;
}
