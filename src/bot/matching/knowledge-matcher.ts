// Ranks a workspace's knowledge entries for a visitor message by three signals, each in [0, 1]:
// lexical (BM25 over stemmed, synonym-folded, Simplified text: similar-questions.ts), semantic
// (cosine of the intent network's hidden layer, a sentence vector in which phrasings of one
// topic lie close) and topical (the classifier's probability of the intent the entry is linked
// to). Paraphrases that share no word still meet in the last two.
import { createSimilarQuestionIndex, type SimilarQuestionEntry } from '../../knowledge/similar-questions.ts';
import { toSimplifiedChinese } from '../../knowledge/normalize-for-matching.ts';
import type { IntentModel, IntentPrediction } from '../intent-model.ts';

export type MatchableEntry = SimilarQuestionEntry & { intent: string | null };

export type EntryMatch = {
  entry: MatchableEntry;
  /** The blended score, 0–1. */
  score: number;
  lexical: number;
  semantic: number;
  topical: number;
};

/** Weights and the cosine floor; tuned on the tune split of the FAQ sets (src/bot/eval/faq-sets). */
export const MATCH_WEIGHTS = { lexical: 0.45, semantic: 0.35, topical: 0.2, cosineFloor: 0.5 };

const LEXICAL_CANDIDATES = 30;

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot; // both are L2-normalised
}

export function createKnowledgeMatcher(entries: readonly MatchableEntry[], model: IntentModel) {
  const index = createSimilarQuestionIndex(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const vectors = new Map<string, Float32Array[]>();
  for (const entry of entries) {
    const phrasings = [entry.question, ...entry.alternates].map((text) => model.embed(toSimplifiedChinese(text)));
    vectors.set(entry.id, phrasings.filter((v): v is Float32Array => v !== null));
  }
  const languages = new Set(entries.map((entry) => entry.language));

  /**
   * Entries best first. With `language`, only entries in that language when the workspace has
   * any (a zh visitor gets the zh entry of a bilingual FAQ); `prediction` is the classifier's
   * verdict on the same text.
   */
  function rank(text: string, prediction: IntentPrediction, language?: 'zh' | 'en'): EntryMatch[] {
    const only = language && languages.has(language) ? language : undefined;
    const lexical = new Map(index.search(text, { limit: LEXICAL_CANDIDATES, language: only }).map((hit) => [hit.id, hit.normalizedScore]));
    const query = model.embed(toSimplifiedChinese(text));
    const probability = new Map(prediction.ranking.map((r) => [r.intent, r.confidence]));
    const { cosineFloor } = MATCH_WEIGHTS;
    const matches: EntryMatch[] = [];
    for (const entry of byId.values()) {
      if (only && entry.language !== only) continue;
      let best = 0;
      if (query) for (const vector of vectors.get(entry.id) ?? []) best = Math.max(best, cosine(query, vector));
      const semantic = Math.max(0, (best - cosineFloor) / (1 - cosineFloor));
      const topical = entry.intent ? (probability.get(entry.intent) ?? 0) : 0;
      const lex = lexical.get(entry.id) ?? 0;
      const score = MATCH_WEIGHTS.lexical * lex + MATCH_WEIGHTS.semantic * semantic + MATCH_WEIGHTS.topical * topical;
      matches.push({ entry, score: Math.min(1, score), lexical: lex, semantic, topical });
    }
    return matches.sort((a, b) => b.score - a.score);
  }

  return { rank, index, size: byId.size };
}

export type KnowledgeMatcher = ReturnType<typeof createKnowledgeMatcher>;
