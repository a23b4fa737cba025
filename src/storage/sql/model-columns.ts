// What the SQL store needs to know about a model's columns, read from the Prisma datamodel (the
// one source of truth): which are dates, booleans, JSON or enums, to write parameters PostgreSQL
// can type (explicit casts) and to turn rows into the shapes Prisma returns.
import { Prisma } from '../models.ts';
import type { Dialect, Row } from './sql-store.ts';

interface Column {
  type: string;
  isEnum: boolean;
}

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
export function placeholder(dialect: Dialect, model: string, name: string, n: number): string {
  if (dialect !== 'postgresql') return `$${n}`;
  const { type, isEnum } = columnOf(model, name);
  if (isEnum) return `$${n}::"${type}"`;
  if (type === 'DateTime') return `$${n}::timestamp(3)`;
  if (type === 'Json') return `$${n}::jsonb`;
  return `$${n}`;
}

/** `"a" = $3, "b" = $4…` for the given values, numbered from `first`. */
export function setList(dialect: Dialect, model: string, values: Record<string, unknown>, first: number): { text: string; params: unknown[] } {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  return {
    text: entries.map(([name], i) => `"${name}" = ${placeholder(dialect, model, name, first + i)}`).join(', '),
    params: entries.map(([, value]) => value),
  };
}

/** INSERT of one row; the values' keys must be the model's columns. */
export function insertRow(dialect: Dialect, model: string, values: Record<string, unknown>): { text: string; params: unknown[] } {
  const names = Object.keys(values);
  return {
    text: `INSERT INTO "${model}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n, i) => placeholder(dialect, model, n, i + 1)).join(', ')})`,
    params: Object.values(values),
  };
}

/** A row as Prisma returns it: Date, boolean, parsed JSON, number. */
export function decodeRow<T>(dialect: Dialect, model: string, row: Row): T {
  const columns = columnsOf(model);
  const out: Row = {};
  for (const [name, value] of Object.entries(row)) {
    const column = columns.get(name);
    out[name] = column && value !== null && value !== undefined ? decodeValue(dialect, column.type, value) : value;
  }
  return out as T;
}

function decodeValue(dialect: Dialect, type: string, value: unknown): unknown {
  switch (type) {
    case 'DateTime':
      return value instanceof Date ? value : new Date(value as string | number);
    case 'Boolean':
      return typeof value === 'boolean' ? value : Number(value) !== 0;
    case 'Int':
      return typeof value === 'bigint' ? Number(value) : value;
    case 'Json':
      // SQLite and the MySQL store hand back JSON as text; pg and Prisma's raw queries parsed values.
      return dialect !== 'postgresql' && typeof value === 'string' ? JSON.parse(value) : value;
    default:
      return value;
  }
}
