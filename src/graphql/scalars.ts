import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string such as 2026-01-31T12:00:00Z.');
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string such as 2026-01-31T12:00:00Z.');
    return date;
  },
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
