// Scores an intent model on labelled texts the way Larson et al. (2019) report CLINC150:
// in-scope accuracy and out-of-scope recall after the fallback rule, plus the share of in-scope
// messages answered with a wrong intent ("confidently wrong", what hurts users) and latency.
import { decideIntent, type IntentThresholds } from '../model/classify-intent.ts';
import { OUT_OF_SCOPE, type IntentModel, type IntentPrediction } from '../model/intent-model.ts';
import type { LabelledText } from '../datasets/labelled-text.ts';

export type IntentMetrics = {
  /** In-scope items whose decided intent is right (an out_of_scope decision counts as wrong). */
  inScopeAccuracy: number;
  /** Out-of-scope items decided out_of_scope; null when there are none. */
  oosRecall: number | null;
  /** In-scope items answered with a wrong in-scope intent, over all in-scope items. */
  confidentlyWrongRate: number;
  inScopeCount: number;
  oosCount: number;
};

export type IntentEvaluation = IntentMetrics & {
  perLanguage: Partial<Record<LabelledText['language'], IntentMetrics>>;
  /** Single-message predict() latency over up to `latencySamples` test texts. */
  p50Ms: number;
  p99Ms: number;
};

export function measureIntentMetrics(
  items: readonly LabelledText[],
  predictions: readonly IntentPrediction[],
  thresholds: IntentThresholds,
): IntentMetrics {
  let inScopeCount = 0, inScopeCorrect = 0, confidentlyWrong = 0, oosCount = 0, oosRejected = 0;
  items.forEach((item, i) => {
    const decision = decideIntent(predictions[i]!, thresholds);
    if (item.intent === OUT_OF_SCOPE) {
      oosCount++;
      if (!decision.isInScope) oosRejected++;
    } else {
      inScopeCount++;
      if (decision.intent === item.intent) inScopeCorrect++;
      else if (decision.isInScope) confidentlyWrong++;
    }
  });
  return {
    inScopeAccuracy: inScopeCount ? inScopeCorrect / inScopeCount : 0,
    oosRecall: oosCount ? oosRejected / oosCount : null,
    confidentlyWrongRate: inScopeCount ? confidentlyWrong / inScopeCount : 0,
    inScopeCount,
    oosCount,
  };
}

export function evaluateIntentModel(
  model: IntentModel,
  testSet: readonly LabelledText[],
  thresholds: IntentThresholds,
  { latencySamples = 2000 }: { latencySamples?: number } = {},
): IntentEvaluation {
  const predictions = model.predictMany(testSet.map((item) => item.text));
  const perLanguage: IntentEvaluation['perLanguage'] = {};
  for (const language of new Set(testSet.map((item) => item.language))) {
    const indices = testSet.flatMap((item, i) => (item.language === language ? [i] : []));
    perLanguage[language] = measureIntentMetrics(
      indices.map((i) => testSet[i]!), indices.map((i) => predictions[i]!), thresholds,
    );
  }
  return { ...measureIntentMetrics(testSet, predictions, thresholds), perLanguage, ...measurePredictLatency(model, testSet, latencySamples) };
}

/** Cycles through the test texts `samples` times, after 200 warm-up calls (JIT, wasm memory). */
function measurePredictLatency(model: IntentModel, testSet: readonly LabelledText[], samples: number): { p50Ms: number; p99Ms: number } {
  if (testSet.length === 0) return { p50Ms: 0, p99Ms: 0 };
  const textAt = (i: number): string => testSet[i % testSet.length]!.text;
  for (let i = 0; i < 200; i++) model.predict(textAt(i));
  const durations = Array.from({ length: samples }, (_, i) => {
    const startedAt = performance.now();
    model.predict(textAt(i));
    return performance.now() - startedAt;
  });
  return { p50Ms: percentile(durations, 0.5), p99Ms: percentile(durations, 0.99) };
}

/** Nearest-rank percentile (q in [0, 1]); 0 for an empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
