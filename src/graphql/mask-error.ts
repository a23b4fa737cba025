// The one rule for what clients see of an error, used by Yoga (HTTP and WebSocket) and by the
// shared subscription executor: GraphQL errors (KefuError included) pass through; anything else
// is logged (bounded in size: log.ts) with a request id and reaches the client as INTERNAL_SERVER_ERROR.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Logger } from '../log.ts';

// By name, not instanceof: tools may load graphql's CJS and ESM builds side by side.
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** A GraphQL error whose cause is not itself a GraphQL error is a bug or an infrastructure fault. */
export function isUnexpectedError(error: unknown): boolean {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
  return !isGraphQLError(original);
}

// Errors logged here, so Yoga's own "masked an error" log line can skip them (one line per fault).
const logged = new WeakSet<object>();

export function wasLogged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && logged.has(error);
}

export function maskUnexpectedError(error: unknown, log: Logger): Error {
  if (!isUnexpectedError(error)) return error as Error;
  const requestId = randomUUID();
  if (typeof error === 'object' && error !== null) logged.add(error);
  log.error({ err: isGraphQLError(error) ? error.originalError : error, requestId }, 'unexpected error');
  return new GraphQLError('Unexpected error.', { path: isGraphQLError(error) ? error.path : undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}
