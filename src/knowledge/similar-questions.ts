// "Did you mean" retrieval over FAQ entries: BM25+ (MiniSearch) over every phrasing of every
// entry, with a tokenizer of latin words plus CJK unigrams and bigrams, so Chinese needs no
// segmenter. Raw BM25 scores depend on the knowledge base, so each hit also gets a normalised
// score: its score divided by the query's score against an exact copy of itself, in [0, 1].
import MiniSearch from 'minisearch';

export type SimilarQuestionEntry = {
  id: string;
  question: string;
  alternates: readonly string[];
  answer: string;
  language: 'zh' | 'en';
};

export type SimilarQuestion = {
  id: string;
  question: string;
  answer: string;
  language: 'zh' | 'en';
  /** The phrasing (question or alternate) that matched best. */
  matchedText: string;
  /** Raw BM25+ score; comparable only within one index. */
  score: number;
  /** score / the query's self-score, clamped to [0, 1]; 1 means "as good as an exact match". */
  normalizedScore: number;
};

export type SimilarQuestionSearchOptions = {
  /** @default 3 */
  limit?: number;
  /** Only entries in this language. @default every language */
  language?: 'zh' | 'en';
};

type PhrasingDocument = { id: string; entryId: string; text: string; language: 'zh' | 'en' };

const SELF_ID = '\u0000self';
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** Latin words, plus each CJK run as unigrams and bigrams ("退款多久" → 退 款 多 久 退款 款多 多久). */
export function tokenizeForSearch(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  for (const run of normalized.match(CJK_RUN) ?? []) {
    const chars = [...run];
    tokens.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  for (const word of normalized.replace(CJK_RUN, ' ').match(LATIN_WORD) ?? []) tokens.push(word);
  return tokens;
}

export function createSimilarQuestionIndex(initialEntries: readonly SimilarQuestionEntry[] = []) {
  const index = new MiniSearch<PhrasingDocument>({
    fields: ['text'],
    storeFields: ['entryId', 'text', 'language'],
    tokenize: tokenizeForSearch,
    searchOptions: { tokenize: tokenizeForSearch, combineWith: 'OR' },
  });
  const entries = new Map<string, { entry: SimilarQuestionEntry; documents: PhrasingDocument[] }>();

  function add(entry: SimilarQuestionEntry): void {
    if (entries.has(entry.id)) throw new Error(`Knowledge entry ${entry.id} is already indexed; use replace() to update it.`);
    const documents = [entry.question, ...entry.alternates].map((text, i) => ({
      id: `${entry.id}\u0000${i}`, entryId: entry.id, text, language: entry.language,
    }));
    index.addAll(documents);
    entries.set(entry.id, { entry, documents });
  }

  function remove(id: string): boolean {
    const indexed = entries.get(id);
    if (!indexed) return false;
    index.removeAll(indexed.documents);
    entries.delete(id);
    return true;
  }

  /** The score `text` would get against a phrasing identical to it, in this index. */
  function scoreAgainstItself(text: string): number {
    const self: PhrasingDocument = { id: SELF_ID, entryId: SELF_ID, text, language: 'en' };
    index.add(self);
    try {
      return index.search(text, { filter: (result) => result.id === SELF_ID })[0]?.score ?? 0;
    } finally {
      index.remove(self);
    }
  }

  function search(text: string, { limit = 3, language }: SimilarQuestionSearchOptions = {}): SimilarQuestion[] {
    const best = new Map<string, { score: number; matchedText: string }>();
    const hits = index.search(text, language ? { filter: (result) => result.language === language } : {});
    for (const hit of hits) {
      const entryId = hit.entryId as string;
      if (!best.has(entryId)) best.set(entryId, { score: hit.score, matchedText: hit.text as string });
      if (best.size === limit) break; // hits are sorted by score, so the first per entry is its best
    }
    if (best.size === 0) return [];
    const selfScore = scoreAgainstItself(text);
    return [...best].map(([entryId, { score, matchedText }]) => {
      const { entry } = entries.get(entryId)!;
      return {
        id: entry.id, question: entry.question, answer: entry.answer, language: entry.language, matchedText, score,
        normalizedScore: selfScore > 0 ? Math.min(1, score / selfScore) : 0,
      };
    });
  }

  for (const entry of initialEntries) add(entry);
  return {
    search,
    add,
    remove,
    /** Adds the entry, or swaps an indexed entry with the same id for it. */
    replace(entry: SimilarQuestionEntry): void {
      remove(entry.id);
      add(entry);
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type SimilarQuestionIndex = ReturnType<typeof createSimilarQuestionIndex>;
