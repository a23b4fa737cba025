import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

// Years 0001–9999 only: PostgreSQL cannot read the years before or after that node-postgres sends
// (-004714-…, +010000-…), and MariaDB's DATETIME ends at 9999; any of them was an INTERNAL_SERVER_ERROR.
const DATE_TIME_ERROR = 'DateTime must be an ISO-8601 string such as 2026-01-31T12:00:00Z, in the years 0001 to 9999.';

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) throw new GraphQLError(DATE_TIME_ERROR);
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
