// Text as the bot matches it: NFKC, lower case, Traditional → Simplified Chinese (OpenCC's
// Taiwan-to-mainland converter, loaded alone) and shop synonyms folded to one term; the search
// tokenizer then stems English words (stemWord). Applied alike to FAQ phrasings and messages.
import { Converter } from 'opencc-js/t2cn';
import { stemmer } from 'stemmer';
import { CHINESE_SYNONYMS, ENGLISH_PHRASES, ENGLISH_WORD_GROUPS, ENGLISH_WORD_SYNONYMS } from './shop-synonyms.ts';

let toSimplified: ((text: string) => string) | undefined;
const HAN = /\p{Script=Han}/u;

const chineseCanonical = new Map<string, string>();
for (const [canonical, variants] of Object.entries(CHINESE_SYNONYMS)) {
  for (const variant of [canonical, ...variants]) if (!chineseCanonical.has(variant)) chineseCanonical.set(variant, canonical);
}
// Longest first, so 快递费用 wins over 快递 and a canonical term maps to itself.
const CHINESE_PATTERN = new RegExp([...chineseCanonical.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** The last few conversions: the bot reads one message several ways (rules, classifier, matcher), and a conversion costs about 1 µs a character. */
const recentConversions = new Map<string, string>();
const RECENT_CONVERSIONS = 4;

/** Traditional Chinese characters and phrases → Simplified; other text unchanged. */
export function toSimplifiedChinese(text: string): string {
  if (!HAN.test(text)) return text;
  const recent = recentConversions.get(text);
  if (recent !== undefined) return recent;
  const simplified = (toSimplified ??= Converter({ from: 'tw', to: 'cn' }))(text);
  if (recentConversions.size === RECENT_CONVERSIONS) recentConversions.delete(recentConversions.keys().next().value!);
  recentConversions.set(text, simplified);
  return simplified;
}

/** One English word → its stem, folded to the canonical stem of its synonym group. */
export function stemWord(word: string): string {
  const stem = stemmer(word);
  return canonicalStems().get(stem) ?? stem;
}

let stems: Map<string, string> | undefined;
/** ENGLISH_WORD_SYNONYMS plus the stemmed ENGLISH_WORD_GROUPS (a stem keeps its first group). */
function canonicalStems(): Map<string, string> {
  if (stems) return stems;
  stems = new Map(Object.entries(ENGLISH_WORD_SYNONYMS));
  const fold = (stem: string) => ENGLISH_WORD_SYNONYMS[stem] ?? stem;
  for (const [canonical, variants] of Object.entries(ENGLISH_WORD_GROUPS)) {
    const target = fold(stemmer(canonical));
    for (const variant of [canonical, ...variants]) {
      const stem = stemmer(variant);
      if (!stems.has(stem)) stems.set(stem, target);
    }
  }
  return stems;
}

/** One form of each character: NFKC (full-width → ASCII), lower case, Traditional → Simplified. */
export function foldCharacters(text: string): string {
  return toSimplifiedChinese(text.normalize('NFKC').toLowerCase());
}

/** The text the matcher sees: "How long is 運送?" → "long is 快递?" (words are stemmed later). */
export function normalizeForMatching(text: string): string {
  let normalized = foldCharacters(text);
  normalized = normalized.replace(CHINESE_PATTERN, (match) => chineseCanonical.get(match) ?? match);
  for (const [pattern, replacement] of ENGLISH_PHRASES) normalized = normalized.replace(pattern, replacement);
  return normalized;
}
