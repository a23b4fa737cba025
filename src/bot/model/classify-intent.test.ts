import { describe, expect, it } from 'vitest';
import { decideIntent } from './classify-intent.ts';
import type { IntentPrediction } from './intent-model.ts';

const prediction = (ranking: Array<[string, number]>): IntentPrediction => ({
  intent: ranking[0]![0],
  confidence: ranking[0]![1],
  margin: ranking[0]![1] - (ranking[1]?.[1] ?? 0),
  ranking: ranking.map(([intent, confidence]) => ({ intent, confidence })),
});
const thresholds = { minConfidence: 0.3, minMargin: 0.1 };

describe('decideIntent', () => {
  it('answers a confident, unambiguous intent', () => {
    expect(decideIntent(prediction([['refund', 0.8], ['return_exchange', 0.1]]), thresholds)).toMatchObject({ isInScope: true, intent: 'refund' });
  });

  it('falls back when the model picks the out_of_scope class', () => {
    expect(decideIntent(prediction([['out_of_scope', 0.9], ['refund', 0.05]]), thresholds))
      .toMatchObject({ isInScope: false, intent: 'out_of_scope', reason: 'out_of_scope_class' });
  });

  it('falls back on low confidence before checking the margin', () => {
    expect(decideIntent(prediction([['refund', 0.25], ['invoice', 0.05]]), thresholds)).toMatchObject({ reason: 'low_confidence' });
  });

  it('falls back when the top two intents are too close', () => {
    expect(decideIntent(prediction([['refund', 0.45], ['return_exchange', 0.4]]), thresholds)).toMatchObject({ reason: 'ambiguous' });
  });
});
