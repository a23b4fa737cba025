// Ranks a workspace's knowledge entries for a visitor message by signals each in [0, 1]:
// lexical (TF-IDF cosine over stemmed, synonym-folded, Simplified text with the closest
// phrasing, and with the answer or one of its sentences), semantic (cosine of the intent
// network's hidden layer, a sentence vector in which phrasings of one topic lie close, with the
// closest phrasing and answer sentence) and topical (the classifier's probability of the intent
// the entry is linked to). Paraphrases that share no word still meet in the last two. Beside
// the blend, a naive Bayes model over the workspace's own entries (entry-model.ts) gives each
// entry a probability that the cascade uses as a second opinion when the best two are close.
import { createSimilarQuestionIndex, type SimilarQuestionEntry, type SimilarQuestionIndex } from '../../knowledge/similar-questions.ts';
import { toSimplifiedChinese } from '../../knowledge/normalize-for-matching.ts';
import type { IntentModel, IntentPrediction } from '../model/intent-model.ts';
import { createTfidfSpace } from './tfidf.ts';
import { trainEntryModel, type EntryExample, type EntryModel } from './entry-model.ts';

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
  /** Sentence-vector cosine with the closest answer sentence, floored like `semantic`. */
  semanticAnswer: number;
  /** The workspace entry model's probability of this entry among the entries of its language. */
  learned: number;
  topical: number;
};

/** Weights and the cosine floor; tuned on the tune split of the FAQ sets (src/bot/eval/faq-sets). */
export const MATCH_WEIGHTS = { lexical: 0.38, answer: 0.38, semantic: 0.08, semanticAnswer: 0.08, topical: 0.08, cosineFloor: 0.5 };

/** An answer's sentences: a visitor often asks about one fact in it. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？!?；;])|(?<=\.)\s+|\n+/u).map((part) => part.trim()).filter((part) => part.length > 3);
}

const enum Kind { Phrasing, Answer }

/** Weight of an answer sentence as a training example of the entry model (a phrasing is 1). */
const ANSWER_EXAMPLE_WEIGHT = 0.3;

export function createKnowledgeMatcher(entries: readonly MatchableEntry[], model: IntentModel) {
  let index: SimilarQuestionIndex | undefined;
  const languages = new Set(entries.map((entry) => entry.language));
  // Sentence vectors of every phrasing and answer sentence, flat: entry e owns rows start[e] … start[e + 1].
  const width = model.embed('')?.length ?? 0;
  const embedAll = (textsOf: (entry: MatchableEntry) => string[]) => {
    const start = new Int32Array(entries.length + 1);
    const rows: Float32Array[] = [];
    entries.forEach((entry, e) => {
      start[e] = rows.length;
      for (const text of textsOf(entry)) {
        const vector = model.embed(toSimplifiedChinese(text));
        if (vector) rows.push(vector);
      }
    });
    start[entries.length] = rows.length;
    const flat = new Float32Array(rows.length * width);
    rows.forEach((vector, i) => flat.set(vector, i * width));
    return { start, flat };
  };
  const phrasingVectors = embedAll((entry) => [entry.question, ...entry.alternates]);
  const answerVectors = embedAll((entry) => splitSentences(entry.answer));
  const bestCosine = (query: Float32Array, { start, flat }: { start: Int32Array; flat: Float32Array }, e: number) => {
    let best = 0;
    for (let row = start[e]!; row < start[e + 1]!; row++) {
      let dot = 0;
      for (let i = 0, offset = row * width; i < width; i++) dot += query[i]! * flat[offset + i]!;
      if (dot > best) best = dot;
    }
    return best;
  };

  // TF-IDF postings: token → (vector, weight); each vector belongs to an entry and is a phrasing
  // or (a sentence of) the answer. A query touches only the postings of its own tokens.
  const space = createTfidfSpace(entries.map((entry) => [entry.question, ...entry.alternates, entry.answer].join('\n')));
  const vectorEntry: number[] = [];
  const vectorKind: Kind[] = [];
  const postings = new Map<string, { vector: number; weight: number }[]>();
  const addVector = (e: number, kind: Kind, text: string) => {
    const id = vectorEntry.length;
    vectorEntry.push(e);
    vectorKind.push(kind);
    for (const [token, weight] of space.vectorize(text)) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push({ vector: id, weight });
    }
  };
  entries.forEach((entry, e) => {
    for (const text of [entry.question, ...entry.alternates]) addVector(e, Kind.Phrasing, text);
    addVector(e, Kind.Answer, entry.answer);
    for (const sentence of splitSentences(entry.answer)) addVector(e, Kind.Answer, sentence);
  });

  const entryModels = new Map<'zh' | 'en', EntryModel>();
  for (const language of languages) {
    const examples: EntryExample[] = [];
    const classes: number[] = [];
    entries.forEach((entry, e) => {
      if (entry.language !== language) return;
      classes.push(e);
      const add = (text: string, weight: number) =>
        examples.push({ entry: e, tokens: space.vectorize(text), weight });
      for (const text of [entry.question, ...entry.alternates]) add(text, 1);
      for (const sentence of splitSentences(entry.answer)) add(sentence, ANSWER_EXAMPLE_WEIGHT);
    });
    entryModels.set(language, trainEntryModel(classes, examples));
  }

  /**
   * Entries best first. With `language`, only entries in that language when the workspace has
   * any (a zh visitor gets the zh entry of a bilingual FAQ); `prediction` is the classifier's
   * verdict on the same text.
   */
  function rank(text: string, prediction: IntentPrediction, language?: 'zh' | 'en'): EntryMatch[] {
    const only = language && languages.has(language) ? language : undefined;
    const queryTokens = space.vectorize(text);
    const dots = new Float32Array(vectorEntry.length);
    for (const [token, queryWeight] of queryTokens) {
      for (const posting of postings.get(token) ?? []) dots[posting.vector]! += queryWeight * posting.weight;
    }
    const lexical = new Float32Array(entries.length);
    const answer = new Float32Array(entries.length);
    for (let v = 0; v < dots.length; v++) {
      if (dots[v] === 0) continue;
      const target = vectorKind[v] === Kind.Phrasing ? lexical : answer;
      const e = vectorEntry[v]!;
      if (dots[v]! > target[e]!) target[e] = dots[v]!;
    }
    const query = model.embed(toSimplifiedChinese(text));
    const learned = new Float32Array(entries.length);
    for (const [language, entryModel] of entryModels) {
      if (only && language !== only) continue;
      const probabilities = entryModel.predict(queryTokens);
      entryModel.classes.forEach((e, c) => (learned[e] = probabilities[c]!));
    }
    const probability = new Map(prediction.ranking.map((r) => [r.intent, r.confidence]));
    const { cosineFloor } = MATCH_WEIGHTS;
    const matches: EntryMatch[] = [];
    entries.forEach((entry, e) => {
      if (only && entry.language !== only) return;
      const floored = (cosine: number) => Math.max(0, (cosine - cosineFloor) / (1 - cosineFloor));
      const semantic = query ? floored(bestCosine(query, phrasingVectors, e)) : 0;
      const semanticAnswer = query ? floored(bestCosine(query, answerVectors, e)) : 0;
      const topical = entry.intent ? (probability.get(entry.intent) ?? 0) : 0;
      const score = MATCH_WEIGHTS.lexical * lexical[e]! + MATCH_WEIGHTS.answer * answer[e]! + MATCH_WEIGHTS.semantic * semantic +
        MATCH_WEIGHTS.semanticAnswer * semanticAnswer + MATCH_WEIGHTS.topical * topical;
      matches.push({ entry, score: Math.min(1, score), lexical: lexical[e]!, answer: answer[e]!, semantic, semanticAnswer, learned: learned[e]!, topical });
    });
    return matches.sort((a, b) => b.score - a.score);
  }

  return {
    rank,
    /** The BM25 "similar questions" index over the same entries, built on first use. */
    get index(): SimilarQuestionIndex {
      return (index ??= createSimilarQuestionIndex(entries));
    },
    size: entries.length,
  };
}

export type KnowledgeMatcher = ReturnType<typeof createKnowledgeMatcher>;
