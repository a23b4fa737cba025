import { describe, expect, it } from 'vitest';
import { newPasswordSchema } from './password-policy.ts';

const messagesOf = (password: string) => {
  const result = newPasswordSchema().safeParse(password);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('new password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(messagesOf('violet-harbour-canoe')).toEqual([]);
    expect(messagesOf('password-123')).toEqual([]);
  });

  it('refuses short, whitespace-only and common passwords with a message saying why', () => {
    expect(messagesOf('12345678')).toContain('Use a password of at least 10 characters');
    expect(messagesOf(' '.repeat(12))).toEqual(['Use a password that is not only spaces']);
    expect(messagesOf('1234567890')[0]).toMatch(/most common/);
    expect(messagesOf('  QwertyUIOP  ')[0]).toMatch(/most common/);
    expect(messagesOf('x'.repeat(201))[0]).toMatch(/at most 200/);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(messagesOf('密码密码密码密码密')).toContain('Use a password of at least 10 characters');
    expect(messagesOf('我的密码是很长的一句话')).toEqual([]);
  });
});
