// Carves a validation split out of a training set that has none, stratified by intent and
// language so every class keeps examples on both sides.
import type { LabelledText } from './labelled-text.ts';
import { createSeededRandom, shuffleSeeded } from '../model/seeded-random.ts';

export function splitValidation(
  items: readonly LabelledText[],
  { share = 0.2, seed = 7 }: { share?: number; seed?: number } = {},
): { train: LabelledText[]; validation: LabelledText[] } {
  const groups = new Map<string, LabelledText[]>();
  for (const item of items) {
    const key = `${item.language}:${item.intent}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const random = createSeededRandom(seed);
  const train: LabelledText[] = [];
  const validation: LabelledText[] = [];
  for (const group of groups.values()) {
    const shuffled = shuffleSeeded(group, random);
    const validationCount = group.length > 1 ? Math.max(1, Math.round(group.length * share)) : 0;
    validation.push(...shuffled.slice(0, validationCount));
    train.push(...shuffled.slice(validationCount));
  }
  return { train, validation };
}
