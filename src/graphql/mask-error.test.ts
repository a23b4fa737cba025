// What clients see of an unexpected error: the request's own id, the one in X-Request-Id and the logs.
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import { runWithRequestId } from '../request-context.ts';
import { maskUnexpectedError } from './mask-error.ts';

describe('maskUnexpectedError', () => {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ log: { level: 'error' } }, new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }));

  it('masks a non-GraphQL error under the current request id and logs it under the same id', async () => {
    const masked = runWithRequestId('edge-42', () => maskUnexpectedError(new Error('disk on fire'), log)) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'edge-42' });
    await expect.poll(() => lines.at(-1)).toMatchObject({ msg: 'unexpected error', requestId: 'edge-42' });
  });

  it('makes up an id outside a request, and passes GraphQL errors through', () => {
    expect((maskUnexpectedError(new Error('boom'), log) as GraphQLError).extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const own = new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } });
    expect(maskUnexpectedError(own, log)).toBe(own);
  });
});
