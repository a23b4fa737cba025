// Text → fixed-size feature vector for the intent model. Hashed character 1-3-grams work for
// Chinese without a word segmenter and tolerate typos; latin word uni- and bigrams add the word
// signal English needs. The parameters are part of a trained model and are saved with it.

export type FeaturizerParams = {
  /** Featurizer algorithm version; a model trained with another version cannot be loaded. */
  version: 1;
  /** Vector length (hash buckets). */
  dims: number;
  /** Longest character n-gram. @default 3 */
  maxCharNgram: number;
  /** Adds hashed latin word bigrams ("track order"). @default true */
  hasWordBigrams: boolean;
};

export const FEATURIZER_VERSION = 1;

export function createFeaturizerParams(overrides: Partial<Omit<FeaturizerParams, 'version'>> = {}): FeaturizerParams {
  return { version: FEATURIZER_VERSION, dims: 4096, maxCharNgram: 3, hasWordBigrams: true, ...overrides };
}

const WORD_SEED = 101;
const BIGRAM_SEED = 202;
const LATIN_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** NFKC (full-width → half-width), lowercase, collapsed whitespace. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function hashString(text: string, seed: number): number {
  // FNV-1a over UTF-16 code units, seeded so that n-grams of different kinds rarely collide.
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** FNV-1a over `length` code points starting at `start`, without building the n-gram string. */
function hashCodePoints(codePoints: readonly number[], start: number, length: number, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = start; i < start + length; i++) {
    hash ^= codePoints[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Writes the log(1 + tf), L2-normalised hashed feature vector of `text` into `out`
 * (a fresh vector when omitted) and returns it.
 */
export function featurize(text: string, params: FeaturizerParams, out = new Float32Array(params.dims)): Float32Array {
  const { dims } = params;
  out.fill(0);
  const normalized = normalizeText(text);
  // Code points, not UTF-16 units, so emoji and rare CJK characters count as one character;
  // 2 and 3 mark the start and end of the text.
  const codePoints = [2];
  for (const char of normalized) codePoints.push(char.codePointAt(0)!);
  codePoints.push(3);
  for (let n = 1; n <= params.maxCharNgram; n++) {
    for (let i = 0; i + n <= codePoints.length; i++) out[hashCodePoints(codePoints, i, n, n) % dims]! += 1;
  }
  const words = normalized.match(LATIN_WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    out[hashString(words[i]!, WORD_SEED) % dims]! += 1;
    if (params.hasWordBigrams && i > 0) out[hashString(`${words[i - 1]} ${words[i]}`, BIGRAM_SEED) % dims]! += 1;
  }
  let sumOfSquares = 0;
  for (let j = 0; j < dims; j++) {
    if (out[j] === 0) continue;
    out[j] = Math.log1p(out[j]!);
    sumOfSquares += out[j]! * out[j]!;
  }
  const norm = Math.sqrt(sumOfSquares) || 1;
  for (let j = 0; j < dims; j++) if (out[j] !== 0) out[j]! /= norm;
  return out;
}

/** Featurizes many texts into one row-major matrix of `texts.length × dims`. */
export function featurizeMany(texts: readonly string[], params: FeaturizerParams): Float32Array {
  const matrix = new Float32Array(texts.length * params.dims);
  texts.forEach((text, row) => featurize(text, params, matrix.subarray(row * params.dims, (row + 1) * params.dims)));
  return matrix;
}

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[a-z]/gi;

/**
 * 'zh' when Han characters make up at least a fifth of the letters (so "我的order在哪" is zh),
 * otherwise 'en'.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return han > 0 && han * 5 >= han + latin ? 'zh' : 'en';
}
