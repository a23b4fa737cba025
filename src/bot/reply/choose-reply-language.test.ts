import { describe, expect, it } from 'vitest';
import { chooseReplyLanguage, localeLanguage } from './choose-reply-language.ts';

describe('chooseReplyLanguage', () => {
  it('follows the message, else the conversation, unless the workspace fixed the language', () => {
    expect(chooseReplyLanguage('退款要几天', 'auto', 'en')).toBe('zh');
    expect(chooseReplyLanguage('refund please', 'auto', 'zh')).toBe('en');
    expect(chooseReplyLanguage('？？', 'auto', 'zh')).toBe('zh');
    expect(chooseReplyLanguage('12345678', 'auto', 'zh')).toBe('zh');
    expect(chooseReplyLanguage('退款要几天', 'en', 'zh')).toBe('en');
  });

  it('reads zh or en from a visitor locale', () => {
    expect(['zh-CN', 'zh_TW', 'ZH-Hant-HK', 'en', 'en-GB', 'fr-FR', null].map(localeLanguage)).toEqual(['zh', 'zh', 'zh', 'en', 'en', null, null]);
  });
});
