import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';
import { issueToken, verifyToken } from './tokens.ts';

const SECRET = 'a-secret-of-at-least-thirty-two-chars!';

describe('tokens', () => {
  it('round-trips the claims of a valid token', () => {
    const token = issueToken(SECRET, { kind: 'v', sub: 'visitor-1', ws: 'ws-1' }, 60);
    expect(verifyToken(SECRET, token)).toMatchObject({ kind: 'v', sub: 'visitor-1', ws: 'ws-1' });
  });

  it('rejects expired, tampered and foreign tokens', () => {
    expect(verifyToken(SECRET, issueToken(SECRET, { kind: 'a', sub: 'x', ws: 'w' }, -1))).toBeNull();
    const [prefix, payload, signature] = issueToken(SECRET, { kind: 'v', sub: 'x', ws: 'w' }, 60).split('.');
    const forged = Buffer.from(JSON.stringify({ kind: 'a', sub: 'x', ws: 'w', exp: 9e9 })).toString('base64url');
    expect(verifyToken(SECRET, `${prefix}.${forged}.${signature}`)).toBeNull();
    expect(verifyToken('another-secret-of-at-least-32-chars', `${prefix}.${payload}.${signature}`)).toBeNull();
    expect(verifyToken(SECRET, 'not-a-token')).toBeNull();
  });

  it('rejects a valid token with extra segments appended', () => {
    const token = issueToken(SECRET, { kind: 'a', sub: 'x', ws: 'w' }, 60);
    expect(verifyToken(SECRET, token)).not.toBeNull();
    expect(verifyToken(SECRET, `${token}.anything`)).toBeNull();
    expect(verifyToken(SECRET, `${token}.`)).toBeNull();
  });
});

describe('passwords', () => {
  it('verifies the right password only, with a salted hash', async () => {
    const [first, second] = [await hashPassword('correct horse'), await hashPassword('correct horse')];
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse', first)).toBe(true);
    expect(await verifyPassword('wrong horse', first)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
