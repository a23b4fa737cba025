// Sparse TF-IDF vectors over the search tokens (stemmed, synonym-folded words and CJK uni- and
// bigrams), with the document frequencies of one workspace's entries: cosine similarity in
// [0, 1] that needs no calibration per knowledge base, unlike raw BM25 scores.
import { tokenizeForSearch } from '../../knowledge/similar-questions-tokenize.ts';

export type SparseVector = Map<string, number>;

export function createTfidfSpace(documents: readonly string[]) {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const token of new Set(tokenizeForSearch(document))) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const count = Math.max(1, documents.length);
  const idf = (token: string) => Math.log(1 + count / (documentFrequency.get(token) ?? 0.5));

  function vectorize(text: string): SparseVector {
    const counts = new Map<string, number>();
    for (const token of tokenizeForSearch(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
    const vector: SparseVector = new Map();
    let sumOfSquares = 0;
    for (const [token, n] of counts) {
      const weight = (1 + Math.log(n)) * idf(token);
      vector.set(token, weight);
      sumOfSquares += weight * weight;
    }
    const norm = Math.sqrt(sumOfSquares) || 1;
    for (const [token, weight] of vector) vector.set(token, weight / norm);
    return vector;
  }

  return { vectorize };
}
