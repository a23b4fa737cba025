import { describe, expect, it } from 'vitest';
import { pickLocale } from './translate.ts';

describe('locale', () => {
  it('speaks Chinese for any zh tag, English otherwise, and lets data-locale win', () => {
    expect(pickLocale(undefined, ['zh-TW', 'en'])).toBe('zh');
    expect(pickLocale(undefined, ['fr-FR', 'zh-CN'])).toBe('en');
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh');
    expect(pickLocale(undefined, [])).toBe('en');
  });
});
