import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

// Years 0001–9999 only: PostgreSQL cannot read the years before or after that node-postgres sends
// (-004714-…, +010000-…), and MariaDB's DATETIME ends at 9999; any of them was an INTERNAL_SERVER_ERROR.
// ISO-8601 only, and a day that exists: JavaScript's Date also reads "1 2 3" (2003-01-02) and
// moves 2026-02-30 to 2 March, so a typo became another instant without a word.
const DATE_TIME_ERROR = 'DateTime must be an ISO-8601 string such as 2026-01-31T12:00:00Z, a day that exists, in the years 0001 to 9999.';
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function parseDateTime(value: unknown): Date {
  const parts = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  const [year, month, day] = (parts ?? []).slice(1, 4).map(Number) as [number, number, number];
  const date = parts ? new Date(value as string) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || year < 1 || day < 1 || day > daysInMonth(year, month)) throw new GraphQLError(DATE_TIME_ERROR);
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC, in the years 0001 to 9999.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.scalarType('File', {
  description: 'A file sent as a part of a multipart request (GraphQL multipart request spec); input only.',
  serialize: () => {
    throw new GraphQLError('File is an input type only.');
  },
  parseValue: (value) => {
    const file = value as { name?: unknown; size?: unknown; arrayBuffer?: unknown } | null;
    if (!file || typeof file.arrayBuffer !== 'function' || typeof file.size !== 'number') {
      throw new GraphQLError('Send the file as a part of a multipart/form-data request over HTTP (GraphQL multipart request spec); JSON and WebSocket cannot carry files.');
    }
    return value as { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };
  },
});
