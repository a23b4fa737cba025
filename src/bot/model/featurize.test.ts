import { describe, expect, it } from 'vitest';
import { createFeaturizerParams, detectLanguage, featurize, featurizeMany, normalizeText } from './featurize.ts';

const params = createFeaturizerParams({ dims: 1024 });
const norm = (vector: Float32Array): number => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
const cosine = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe('featurize', () => {
  it('returns the same vector for the same text every time', () => {
    expect(featurize('我的订单到哪了', params)).toEqual(featurize('我的订单到哪了', params));
  });

  it('returns unit-length vectors for Chinese, English, mixed and empty text', () => {
    for (const text of ['我要退款', 'where is my order', '我的order在哪', '', '👍']) {
      expect(norm(featurize(text, params))).toBeCloseTo(1, 5);
    }
  });

  it('treats full-width, upper-case and extra spaces like their plain form (NFKC, lowercase)', () => {
    expect(normalizeText('  ＯＲＤＥＲ　12３ ')).toBe('order 123');
    expect(featurize('ＷＨＥＲＥ  is my ORDER', params)).toEqual(featurize('where is my order', params));
  });

  it('makes paraphrases sharing characters closer than unrelated Chinese text, without a segmenter', () => {
    const refund = featurize('退款什么时候到账', params);
    expect(cosine(refund, featurize('退款多久到账', params))).toBeGreaterThan(cosine(refund, featurize('今天天气怎么样', params)));
  });

  it('overwrites a reused output buffer instead of accumulating into it', () => {
    const buffer = new Float32Array(params.dims);
    featurize('cancel my order', params, buffer);
    expect(featurize('转人工', params, buffer)).toEqual(featurize('转人工', params));
  });

  it('lays out many texts as consecutive rows', () => {
    const matrix = featurizeMany(['hi', '你好'], params);
    expect(matrix.length).toBe(2 * params.dims);
    expect(matrix.subarray(params.dims)).toEqual(featurize('你好', params));
  });
});

describe('detectLanguage', () => {
  it('detects Chinese, English and Chinese sentences with English words', () => {
    expect(detectLanguage('我要退款')).toBe('zh');
    expect(detectLanguage('I want a refund')).toBe('en');
    expect(detectLanguage('我的order在哪')).toBe('zh');
    expect(detectLanguage('订单 12345')).toBe('zh');
    expect(detectLanguage('12345')).toBe('en');
  });
});
