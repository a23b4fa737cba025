// Ranks a workspace's knowledge entries for a visitor message by three signals, each in [0, 1]:
// lexical (BM25 over stemmed, synonym-folded, Simplified text: similar-questions.ts), semantic
// (cosine of the intent network's hidden layer, a sentence vector in which phrasings of one
// topic lie close) and topical (the classifier's probability of the intent the entry is linked
// to). Paraphrases that share no word still meet in the last two.
import { createSimilarQuestionIndex, type SimilarQuestionEntry } from '../../knowledge/similar-questions.ts';
import { toSimplifiedChinese } from '../../knowledge/normalize-for-matching.ts';
import type { IntentModel, IntentPrediction } from '../intent-model.ts';
import { cosineSparse, createTfidfSpace } from './tfidf.ts';

export type MatchableEntry = SimilarQuestionEntry & { intent: string | null };

export type EntryMatch = {
  entry: MatchableEntry;
  /** The blended score, 0–1. */
  score: number;
  /** TF-IDF cosine with the closest phrasing (question or alternate). */
  lexical: number;
  /** TF-IDF cosine with the answer text. */
  answer: number;
  semantic: number;
  topical: number;
};

/** Weights and the cosine floor; tuned on the tune split of the FAQ sets (src/bot/eval/faq-sets). */
export const MATCH_WEIGHTS = { lexical: 0.3, answer: 0.5, semantic: 0.1, topical: 0.1, cosineFloor: 0.5 };

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot; // both are L2-normalised
}

/** An answer's sentences: a visitor often asks about one fact in it. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？!?；;])|(?<=\.)\s+|\n+/u).map((part) => part.trim()).filter((part) => part.length > 3);
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
  const space = createTfidfSpace(entries.map((entry) => [entry.question, ...entry.alternates, entry.answer].join('\n')));
  const lexicalVectors = new Map(entries.map((entry) => [entry.id, {
    phrasings: [entry.question, ...entry.alternates].map((text) => space.vectorize(text)),
    answer: space.vectorize(entry.answer),
    answerSentences: splitSentences(entry.answer).map((sentence) => space.vectorize(sentence)),
  }]));

  /**
   * Entries best first. With `language`, only entries in that language when the workspace has
   * any (a zh visitor gets the zh entry of a bilingual FAQ); `prediction` is the classifier's
   * verdict on the same text.
   */
  function rank(text: string, prediction: IntentPrediction, language?: 'zh' | 'en'): EntryMatch[] {
    const only = language && languages.has(language) ? language : undefined;
    const queryTerms = space.vectorize(text);
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
      const terms = lexicalVectors.get(entry.id)!;
      let lexical = 0;
      for (const phrasing of terms.phrasings) lexical = Math.max(lexical, cosineSparse(queryTerms, phrasing));
      let answer = cosineSparse(queryTerms, terms.answer);
      for (const sentence of terms.answerSentences) answer = Math.max(answer, cosineSparse(queryTerms, sentence));
      const score = MATCH_WEIGHTS.lexical * lexical + MATCH_WEIGHTS.answer * answer + MATCH_WEIGHTS.semantic * semantic + MATCH_WEIGHTS.topical * topical;
      matches.push({ entry, score: Math.min(1, score), lexical, answer, semantic, topical });
    }
    return matches.sort((a, b) => b.score - a.score);
  }

  return { rank, index, size: byId.size };
}

export type KnowledgeMatcher = ReturnType<typeof createKnowledgeMatcher>;
