import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeIdentityHash, generateIdentitySecret, isIdentityHashValid } from './identity-verification.ts';

describe('visitor identity hash', () => {
  const secret = generateIdentitySecret();

  it('is the hex HMAC-SHA256 of the externalId, as the README recipe computes it', () => {
    expect(computeIdentityHash(secret, 'user-42')).toBe(createHmac('sha256', secret).update('user-42').digest('hex'));
    expect(isIdentityHashValid(secret, 'user-42', computeIdentityHash(secret, 'user-42'))).toBe(true);
    expect(isIdentityHashValid(secret, 'user-42', computeIdentityHash(secret, 'user-42').toUpperCase())).toBe(true);
  });

  it('refuses another id’s hash, another secret’s hash, malformed hashes and a missing secret', () => {
    const hash = computeIdentityHash(secret, 'user-42');
    expect(isIdentityHashValid(secret, 'user-43', hash)).toBe(false);
    expect(isIdentityHashValid(generateIdentitySecret(), 'user-42', hash)).toBe(false);
    expect(isIdentityHashValid(secret, 'user-42', hash.slice(0, 63))).toBe(false);
    expect(isIdentityHashValid(secret, 'user-42', `${hash.slice(0, 63)}z`)).toBe(false);
    expect(isIdentityHashValid(secret, 'user-42', '')).toBe(false);
    expect(isIdentityHashValid(null, 'user-42', hash)).toBe(false);
  });
});
