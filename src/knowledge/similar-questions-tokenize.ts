// Search tokens for the similar-question index: latin words and CJK character uni- and bigrams,
// so Chinese needs no word segmenter; similar-questions.ts ranks them with BM25.
import { CJK_SCRIPTS } from '../storage/search-text.ts';
import { normalizeForMatching, stemWord } from './normalize-for-matching.ts';
import { ENGLISH_TO_CHINESE } from './shop-synonyms.ts';

const CJK_RUN = new RegExp(`[${CJK_SCRIPTS}]+`, 'gu');
const LATIN_WORD = /[\p{L}\p{N}]+/gu;
// Function words carry no topic, yet in a small FAQ bank "where is my …" would otherwise match
// any entry phrased the same way. CJK function characters are dropped as unigrams only, so
// bigrams such as 我们 or 是否 still count. Chat replies (yes, ok …) are dropped too: an answer
// that opens with "Yes." or a phrasing such as "Is it OK to …" made a visitor's "ok" or "yes"
// the best match for that entry, and the bot answered it.
const STOP_WORDS = new Set(('a an the is are am was were be been do does did i me my mine you your we our us it its ' +
  'to of for in on at by with from and or if so can could would should will shall may might must this that these those ' +
  'there here please hi hello just any some what where when which who why how want need ' +
  'yes yeah yep no nope ok okay').split(' '));
// Question words (怎么, 可以, 请问 …) are bigrams of nearly every FAQ question, so they are dropped too.
const CJK_STOP_BIGRAMS = new Set(['怎么', '什么', '可以', '请问', '你们', '我们', '一下', '是否', '能否', '有没', '没有', '是不', '能不', '如何', '的话', '一个', '这个', '那个']);
const CJK_STOP_CHARS = new Set([...'的了吗呢吧啊呀嘛么我你您他她它们是在有和就都也还请']);

/**
 * Latin words without stop words, stemmed and folded to shop synonyms, plus each CJK run
 * (Simplified, synonyms folded) as unigrams without function characters and bigrams without
 * question words:
 * "退款多久 vat" → 退 款 多 久 退款 款多 多久 vat.
 */
export function tokenizeForSearch(text: string): string[] {
  const normalized = normalizeForMatching(text);
  const tokens: string[] = [];
  const runs = normalized.match(CJK_RUN) ?? [];
  for (const run of runs) pushCjkTokens(run, tokens);
  for (const word of normalized.replace(CJK_RUN, ' ').match(LATIN_WORD) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    if (/^\d/.test(word)) {
      tokens.push(word);
      continue;
    }
    const stem = stemWord(word);
    tokens.push(stem);
    // Only in Chinese text: there an English word stands for the Chinese term a zh entry uses.
    const chinese = runs.length > 0 ? chineseOfStem().get(stem) : undefined;
    if (chinese) pushCjkTokens(chinese, tokens);
  }
  return tokens;
}

function pushCjkTokens(run: string, tokens: string[]): void {
  const chars = [...run];
  tokens.push(...chars.filter((char) => !CJK_STOP_CHARS.has(char)));
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    if (!CJK_STOP_BIGRAMS.has(bigram)) tokens.push(bigram);
  }
}

let bridge: Map<string, string> | undefined;
/** ENGLISH_TO_CHINESE keyed by stem; the first word of a synonym group decides its term. */
function chineseOfStem(): Map<string, string> {
  if (bridge) return bridge;
  bridge = new Map();
  for (const [word, chinese] of Object.entries(ENGLISH_TO_CHINESE)) {
    const stem = stemWord(word);
    if (!bridge.has(stem)) bridge.set(stem, normalizeForMatching(chinese));
  }
  return bridge;
}
