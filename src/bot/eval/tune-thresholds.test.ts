import { describe, expect, it } from 'vitest';
import type { IntentPrediction } from '../model/intent-model.ts';
import type { LabelledText } from '../datasets/labelled-text.ts';
import { tuneIntentThresholds } from './tune-thresholds.ts';

const predicted = (intent: string, confidence: number, margin = confidence): IntentPrediction =>
  ({ intent, confidence, margin, ranking: [{ intent, confidence }] });
const item = (intent: string): LabelledText => ({ text: intent, intent, language: 'en' });

describe('tuneIntentThresholds', () => {
  // 100 in-scope answers, right with confidence 0.5..0.99, and 10 out-of-scope ones at 0.2..0.65.
  const inScope = Array.from({ length: 100 }, (_, i) => ({ item: item('refund'), prediction: predicted('refund', 0.5 + i * 0.005) }));
  const outOfScope = Array.from({ length: 10 }, (_, i) => ({ item: item('out_of_scope'), prediction: predicted('invoice', 0.2 + i * 0.05) }));
  const validation = [...inScope, ...outOfScope];

  it('rejects as much out-of-scope as possible while in-scope accuracy stays within the allowed drop', () => {
    const tuned = tuneIntentThresholds(validation.map((v) => v.item), validation.map((v) => v.prediction), { maxInScopeAccuracyDrop: 0.01 });
    // 0.46-0.50 all reject the same 6 OOS items; 0.51 would lose 2 % of in-scope answers.
    expect(tuned.thresholds.minConfidence).toBeGreaterThan(0.45);
    expect(tuned.thresholds.minConfidence).toBeLessThanOrEqual(0.5);
    expect(tuned.validation.inScopeAccuracy).toBe(1);
    expect(tuned.validation.oosRecall).toBe(0.6);
  });

  it('trades more in-scope accuracy for OOS recall when allowed to', () => {
    const tuned = tuneIntentThresholds(validation.map((v) => v.item), validation.map((v) => v.prediction), { maxInScopeAccuracyDrop: 0.35 });
    expect(tuned.validation.oosRecall).toBe(1);
    expect(tuned.validation.inScopeAccuracy).toBeGreaterThanOrEqual(0.65);
  });

  it('keeps zero thresholds when validation has no out-of-scope items', () => {
    const tuned = tuneIntentThresholds(inScope.map((v) => v.item), inScope.map((v) => v.prediction));
    expect(tuned.thresholds).toEqual({ minConfidence: 0, minMargin: 0 });
  });
});
