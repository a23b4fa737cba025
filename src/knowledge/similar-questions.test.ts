import { describe, expect, it } from 'vitest';
import { loadDemoKnowledge } from '../bot/datasets/load-demo-knowledge.ts';
import { createSimilarQuestionIndex, type SimilarQuestionEntry } from './similar-questions.ts';

const entry = (id: string, question: string, alternates: string[], language: 'zh' | 'en'): SimilarQuestionEntry =>
  ({ id, question, alternates, answer: `answer ${id}`, language });

describe('a similar-question index over the demo knowledge base', async () => {
  const index = createSimilarQuestionIndex(await loadDemoKnowledge());

  it('finds the matching FAQ for a Chinese paraphrase', () => {
    const [top] = index.search('退款一般几天能到账？');
    expect(top).toMatchObject({ id: 'zh-refund-time', language: 'zh' });
    expect(top!.normalizedScore).toBeGreaterThan(0.2);
  });

  it('finds the matching FAQ for an English paraphrase', () => {
    const [top] = index.search('how long until my refund shows up');
    expect(top).toMatchObject({ id: 'en-refund-time', language: 'en' });
    expect(top!.normalizedScore).toBeGreaterThan(0.15);
    expect(index.search('can I send the item back for free')[0]?.id).toBe('en-return-shipping-fee');
  });

  it('scores an exact question 1 and unrelated questions below 0.1', () => {
    expect(index.search('怎么开发票？')[0]).toMatchObject({ id: 'zh-invoice', normalizedScore: 1 });
    for (const unrelated of ['今天天气怎么样', 'what is the capital of France', 'tell me a joke']) {
      expect(index.search(unrelated)[0]?.normalizedScore ?? 0, unrelated).toBeLessThan(0.1);
    }
  });

  it('does not rate a one-word query as an exact match of a longer question containing it', () => {
    expect(index.search('order')[0]?.normalizedScore).toBeLessThan(0.5);
  });

  it('returns at most `limit` distinct entries, best first, with scores in [0, 1]', () => {
    const results = index.search('shipping delivery how long', { limit: 2 });
    expect(results).toHaveLength(2);
    expect(new Set(results.map((r) => r.id)).size).toBe(2);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);
    for (const result of results) {
      expect(result.normalizedScore).toBeGreaterThan(0);
      expect(result.normalizedScore).toBeLessThanOrEqual(1);
    }
  });

  it('restricts results to one language on request', () => {
    expect(index.search('发票 invoice', { limit: 5, language: 'en' }).every((r) => r.language === 'en')).toBe(true);
  });

  it('returns nothing when no term matches', () => {
    expect(index.search('zzzz qqqq')).toEqual([]);
  });
});

describe('maintaining a similar-question index', () => {
  it('adds, replaces and removes entries', () => {
    const index = createSimilarQuestionIndex([entry('a', '怎么修改收货地址', ['地址写错了'], 'zh')]);
    index.add(entry('b', 'How do I reset my password?', ['forgot password'], 'en'));
    expect(index.size).toBe(2);
    expect(index.search('forgot my password')[0]?.id).toBe('b');
    expect(() => index.add(entry('b', 'duplicate', [], 'en'))).toThrow(/already indexed/);

    index.replace(entry('b', 'How do I change my email?', [], 'en'));
    expect(index.search('forgot password')).toEqual([]);
    expect(index.search('change email')[0]).toMatchObject({ id: 'b', question: 'How do I change my email?' });

    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.search('地址写错了')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('scores an exact match 1 even in a one-entry index', () => {
    const small = createSimilarQuestionIndex([entry('x', '发票怎么开', [], 'zh')]);
    expect(small.search('发票怎么开')[0]?.normalizedScore).toBe(1);
  });
});
