import { describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE } from '../model/intent-model.ts';
import { loadDemoKnowledge } from './load-demo-knowledge.ts';
import { loadShippedIntents } from './load-shipped-intents.ts';

describe('the shipped intent set', async () => {
  const { dataset, answers } = await loadShippedIntents();
  const intents = Object.keys(answers);
  const count = (split: 'train' | 'test', intent: string, language: 'zh' | 'en'): number =>
    dataset[split].filter((item) => item.intent === intent && item.language === language).length;

  it('has at least 20 intents plus out_of_scope, each with train and held-out phrasings in both languages', () => {
    expect(intents.filter((intent) => intent !== OUT_OF_SCOPE).length).toBeGreaterThanOrEqual(20);
    for (const intent of intents) {
      for (const language of ['zh', 'en'] as const) {
        expect(count('train', intent, language), `${intent}/${language} train`).toBeGreaterThanOrEqual(intent === OUT_OF_SCOPE ? 60 : 30);
        expect(count('test', intent, language), `${intent}/${language} test`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('never repeats a test phrasing in training', () => {
    const trainTexts = new Set(dataset.train.map((item) => item.text.toLowerCase()));
    expect(dataset.test.filter((item) => trainTexts.has(item.text.toLowerCase()))).toEqual([]);
  });

  it('has a default answer in both languages for every intent except the human handoff', () => {
    for (const intent of intents) {
      const expected = intent === 'human_agent' ? null : expect.any(String);
      expect(answers[intent], intent).toEqual({ zh: expected, en: expected });
    }
  });
});

describe('the demo knowledge base', () => {
  it('has at least 25 entries in both languages with unique ids', async () => {
    const entries = await loadDemoKnowledge();
    expect(entries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(new Set(entries.map((entry) => entry.language))).toEqual(new Set(['zh', 'en']));
  });
});
