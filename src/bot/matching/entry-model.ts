// A per-workspace entry model: multinomial naive Bayes over TF-IDF tokens, one class per entry
// of a language, trained on the entries' own phrasings and answer sentences. Where cosine treats
// every shared token alike, this weighs a token by how much more one entry uses it than the
// others. Training is counting, so it is rebuilt with the matcher whenever entries change.
import type { SparseVector } from './tfidf.ts';

export type EntryExample = { entry: number; tokens: SparseVector; weight: number };

/** Additive smoothing of token counts; tuned on the tune split of the FAQ sets. */
const SMOOTHING = 0.01;

export function trainEntryModel(classes: readonly number[], examples: readonly EntryExample[]) {
  const k = classes.length;
  const classOf = new Map(classes.map((entry, c) => [entry, c]));
  const counts = new Map<string, Float32Array>();
  const totals = new Float64Array(k);
  for (const example of examples) {
    const c = classOf.get(example.entry);
    if (c === undefined) continue;
    for (const [token, value] of example.tokens) {
      let row = counts.get(token);
      if (!row) counts.set(token, (row = new Float32Array(k)));
      row[c]! += value * example.weight;
      totals[c]! += value * example.weight;
    }
  }
  const vocabulary = counts.size || 1;
  const logDenominator = Float64Array.from(totals, (total) => Math.log(total + SMOOTHING * vocabulary));
  // log P(token | entry), in place of the counts.
  for (const row of counts.values()) for (let c = 0; c < k; c++) row[c] = Math.log(row[c]! + SMOOTHING) - logDenominator[c]!;
  const logits = new Float64Array(k);

  /** Probability of each class entry (same order as `classes`); tokens the entries never use count for none. */
  function predict(tokens: SparseVector): Float32Array {
    logits.fill(0);
    for (const [token, value] of tokens) {
      const row = counts.get(token);
      if (!row) continue;
      for (let c = 0; c < k; c++) logits[c]! += value * row[c]!;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, logits[c]!);
    let sum = 0;
    const out = new Float32Array(k);
    for (let c = 0; c < k; c++) sum += out[c] = Math.exp(logits[c]! - max);
    for (let c = 0; c < k; c++) out[c]! /= sum;
    return out;
  }

  return { classes, predict };
}

export type EntryModel = ReturnType<typeof trainEntryModel>;
