// The language of a bot reply: the workspace's fixed answer language, else the message's own
// language, else (for "？？", an order number or an emoji) the conversation's language so far,
// which for a first message is the visitor's locale (localeLanguage).
import { detectLanguage } from '../model/featurize.ts';

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

export function chooseReplyLanguage(text: string, answerLanguage: 'auto' | 'zh' | 'en', previousLanguage: 'zh' | 'en' | null): 'zh' | 'en' {
  if (answerLanguage !== 'auto') return answerLanguage;
  if (!HAN.test(text) && !LATIN_LETTER.test(text)) return previousLanguage ?? detectLanguage(text);
  return detectLanguage(text);
}

/** zh or en for a visitor's BCP 47 locale (zh-CN, zh-Hant-TW, en-GB), else null. */
export function localeLanguage(locale: string | null): 'zh' | 'en' | null {
  const primary = locale?.split(/[-_]/)[0]?.toLowerCase();
  return primary === 'zh' || primary === 'en' ? primary : null;
}
