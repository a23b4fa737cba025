import { describe, expect, it } from 'vitest';
import type { LabelledText } from './labelled-text.ts';
import { splitValidation } from './split-validation.ts';

describe('splitValidation', () => {
  const items: LabelledText[] = ['zh', 'en'].flatMap((language) =>
    ['refund', 'invoice'].flatMap((intent) =>
      Array.from({ length: 10 }, (_, i) => ({ text: `${intent} ${language} ${i}`, intent, language: language as 'zh' | 'en' }))));

  it('holds out the requested share of every intent in every language, without overlap', () => {
    const { train, validation } = splitValidation(items, { share: 0.2 });
    expect(validation).toHaveLength(8);
    expect(train).toHaveLength(32);
    for (const language of ['zh', 'en']) {
      for (const intent of ['refund', 'invoice']) {
        expect(validation.filter((v) => v.language === language && v.intent === intent)).toHaveLength(2);
      }
    }
    expect(new Set([...train, ...validation].map((v) => v.text)).size).toBe(40);
  });

  it('is reproducible for a seed', () => {
    expect(splitValidation(items, { seed: 3 })).toEqual(splitValidation(items, { seed: 3 }));
  });
});
