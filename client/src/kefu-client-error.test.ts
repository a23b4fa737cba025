import { describe, expect, it } from 'vitest';
import { toSocketError } from './kefu-client-error.ts';

describe('toSocketError', () => {
  it('reports a 1009 close (frame above the server limit) as MESSAGE_TOO_LARGE, not retryable', () => {
    const error = toSocketError({ code: 1009, reason: '' });
    expect(error.code).toBe('MESSAGE_TOO_LARGE');
    expect(error.isRetryable).toBe(false);
  });

  it('reports other closes as a retryable NETWORK_ERROR', () => {
    expect(toSocketError({ code: 1006, reason: '' }).code).toBe('NETWORK_ERROR');
  });
});
