// "Did you mean" retrieval over FAQ entries: BM25+ (MiniSearch) over every phrasing of every
// entry, with a tokenizer of latin words plus CJK unigrams and bigrams, so Chinese needs no
// segmenter. Raw BM25 scores depend on the knowledge base, so each hit also gets a normalised
// score in [0, 1]: its score divided by the larger of two self-scores, the query's against an
// exact copy of itself and the matched phrasing's against itself. Dividing by the query's alone
// would give a one-word query 1.0 against any longer phrasing that contains the word.
import MiniSearch from 'minisearch';
import { tokenizeForSearch } from './similar-questions-tokenize.ts';

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
  /** score / max(query self-score, phrasing self-score), in [0, 1]; 1 means an exact match. */
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
export function createSimilarQuestionIndex(initialEntries: readonly SimilarQuestionEntry[] = []) {
  const index = new MiniSearch<PhrasingDocument>({
    fields: ['text'],
    storeFields: ['entryId', 'text', 'language'],
    tokenize: tokenizeForSearch,
    searchOptions: { tokenize: tokenizeForSearch, combineWith: 'OR' },
  });
  const entries = new Map<string, { entry: SimilarQuestionEntry; documents: PhrasingDocument[] }>();
  // Self-scores of indexed phrasings; every add or remove changes BM25 statistics, so it is cleared.
  const phrasingSelfScores = new Map<string, number>();

  function add(entry: SimilarQuestionEntry): void {
    if (entries.has(entry.id)) throw new Error(`Knowledge entry ${entry.id} is already indexed; use replace() to update it.`);
    const documents = [entry.question, ...entry.alternates].map((text, i) => ({
      id: `${entry.id}\u0000${i}`, entryId: entry.id, text, language: entry.language,
    }));
    index.addAll(documents);
    entries.set(entry.id, { entry, documents });
    phrasingSelfScores.clear();
  }

  function remove(id: string): boolean {
    const indexed = entries.get(id);
    if (!indexed) return false;
    index.removeAll(indexed.documents);
    entries.delete(id);
    phrasingSelfScores.clear();
    return true;
  }

  function scoreOfPhrasingAgainstItself(document: { id: string; text: string }): number {
    let score = phrasingSelfScores.get(document.id);
    if (score === undefined) {
      score = index.search(document.text, { filter: (result) => result.id === document.id })[0]?.score ?? 0;
      phrasingSelfScores.set(document.id, score);
    }
    return score;
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
    const best = new Map<string, { score: number; documentId: string; matchedText: string }>();
    const hits = index.search(text, language ? { filter: (result) => result.language === language } : {});
    for (const hit of hits) {
      const entryId = hit.entryId as string;
      if (!best.has(entryId)) best.set(entryId, { score: hit.score, documentId: hit.id as string, matchedText: hit.text as string });
      if (best.size === limit) break; // hits are sorted by score, so the first per entry is its best
    }
    if (best.size === 0) return [];
    const querySelfScore = scoreAgainstItself(text);
    return [...best].map(([entryId, { score, documentId, matchedText }]) => {
      const { entry } = entries.get(entryId)!;
      const scale = Math.max(querySelfScore, scoreOfPhrasingAgainstItself({ id: documentId, text: matchedText }));
      return {
        id: entry.id, question: entry.question, answer: entry.answer, language: entry.language, matchedText, score,
        normalizedScore: scale > 0 ? Math.min(1, score / scale) : 0,
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
