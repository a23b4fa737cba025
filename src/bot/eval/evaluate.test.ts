import { describe, expect, it } from 'vitest';
import { measureIntentMetrics, percentile } from './evaluate.ts';
import type { IntentPrediction } from '../model/intent-model.ts';
import type { LabelledText } from '../datasets/labelled-text.ts';

const predicted = (intent: string, confidence: number): IntentPrediction =>
  ({ intent, confidence, margin: confidence, ranking: [{ intent, confidence }] });
const item = (intent: string, language: 'zh' | 'en' = 'en'): LabelledText => ({ text: intent, intent, language });

describe('measureIntentMetrics', () => {
  const items = [item('refund'), item('refund'), item('invoice'), item('invoice'), item('out_of_scope'), item('out_of_scope')];
  const predictions = [
    predicted('refund', 0.9), // right
    predicted('refund', 0.2), // right intent, but below the threshold: a fallback, not wrong
    predicted('refund', 0.8), // confidently wrong
    predicted('refund', 0.1), // wrong intent, rejected by the threshold
    predicted('out_of_scope', 0.7), // rejected by the class
    predicted('invoice', 0.9), // out-of-scope answered: an OOS miss
  ];

  it('counts in-scope accuracy after the fallback rule, OOS recall and confidently wrong answers', () => {
    expect(measureIntentMetrics(items, predictions, { minConfidence: 0.3, minMargin: 0 })).toEqual({
      inScopeAccuracy: 0.25, oosRecall: 0.5, confidentlyWrongRate: 0.25, inScopeCount: 4, oosCount: 2,
    });
  });

  it('reports argmax accuracy with zero thresholds and no OOS recall without OOS items', () => {
    expect(measureIntentMetrics(items.slice(0, 4), predictions.slice(0, 4), { minConfidence: 0, minMargin: 0 }))
      .toMatchObject({ inScopeAccuracy: 0.5, oosRecall: null, confidentlyWrongRate: 0.5 });
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([], 0.5)).toBe(0);
  });
});
