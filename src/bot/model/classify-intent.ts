// The fallback rule on top of the classifier (Rasa FallbackClassifier style): answer an intent
// only when the model is confident and unambiguous; otherwise report out_of_scope with a reason
// so the bot can fall back to FAQ search, "did you mean", or a human.
import { OUT_OF_SCOPE, type IntentModel, type IntentPrediction } from './intent-model.ts';

export type IntentThresholds = {
  /** Lowest top-1 probability that still counts as an answer (Rasa default 0.3). */
  minConfidence: number;
  /** Lowest top-1 minus top-2 probability (Rasa's ambiguity threshold, default 0.1). */
  minMargin: number;
};

/** Starting points for the shipped set; re-tune with tuneIntentThresholds on validation data. */
export const DEFAULT_INTENT_THRESHOLDS: Readonly<IntentThresholds> = Object.freeze({ minConfidence: 0.3, minMargin: 0.05 });

export type IntentDecision =
  | { isInScope: true; intent: string; prediction: IntentPrediction }
  | {
      isInScope: false;
      intent: typeof OUT_OF_SCOPE;
      /** Why: the model chose out_of_scope, the top score was too low, or the top two were too close. */
      reason: 'out_of_scope_class' | 'low_confidence' | 'ambiguous';
      prediction: IntentPrediction;
    };

export function decideIntent(prediction: IntentPrediction, thresholds: IntentThresholds): IntentDecision {
  const outOfScope = (reason: 'out_of_scope_class' | 'low_confidence' | 'ambiguous'): IntentDecision =>
    ({ isInScope: false, intent: OUT_OF_SCOPE, reason, prediction });
  if (prediction.intent === OUT_OF_SCOPE) return outOfScope('out_of_scope_class');
  if (prediction.confidence < thresholds.minConfidence) return outOfScope('low_confidence');
  if (prediction.margin < thresholds.minMargin) return outOfScope('ambiguous');
  return { isInScope: true, intent: prediction.intent, prediction };
}

export function classifyIntent(
  model: IntentModel,
  text: string,
  thresholds: IntentThresholds = DEFAULT_INTENT_THRESHOLDS,
): IntentDecision {
  return decideIntent(model.predict(text), thresholds);
}
