// The language of a bot reply: the workspace's fixed answer language, else the message's own
// language, else (for "？？", an order number or an emoji) the conversation's language so far.
import { detectLanguage } from '../model/featurize.ts';

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

export function chooseReplyLanguage(text: string, answerLanguage: 'auto' | 'zh' | 'en', previousLanguage: 'zh' | 'en' | null): 'zh' | 'en' {
  if (answerLanguage !== 'auto') return answerLanguage;
  if (!HAN.test(text) && !LATIN_LETTER.test(text)) return previousLanguage ?? detectLanguage(text);
  return detectLanguage(text);
}
