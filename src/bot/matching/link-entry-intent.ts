// An entry's topic: the intent its question and phrasings fall under, averaged over the
// phrasings, or null when no in-scope intent is likely enough. Stored on save, it routes a
// confident intent to the workspace's own entries instead of the shipped template.
import { toSimplifiedChinese } from '../../knowledge/normalize-for-matching.ts';
import { OUT_OF_SCOPE, type IntentModel } from '../model/intent-model.ts';

/** Lowest mean probability at which an entry is linked to an intent. */
export const MIN_LINK_CONFIDENCE = 0.35;

export function linkEntryIntent(model: IntentModel, phrasings: readonly string[]): string | null {
  const predictions = model.predictMany(phrasings.map(toSimplifiedChinese));
  const sums = new Map<string, number>();
  for (const prediction of predictions) {
    for (const { intent, confidence } of prediction.ranking) sums.set(intent, (sums.get(intent) ?? 0) + confidence);
  }
  let best: { intent: string; mean: number } | null = null;
  for (const [intent, sum] of sums) {
    const mean = sum / predictions.length;
    if (!best || mean > best.mean) best = { intent, mean };
  }
  if (!best || best.intent === OUT_OF_SCOPE || best.intent === 'human_agent' || best.mean < MIN_LINK_CONFIDENCE) return null;
  return best.intent;
}
