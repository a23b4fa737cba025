// Loads the hand-written bilingual customer-service intent set in src/bot/data/ (train and
// held-out test phrasings per intent and language, plus each intent's default answer).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { IntentDataset, LabelledText } from './labelled-text.ts';

const LANGUAGES = ['zh', 'en'] as const;
export type BotLanguage = (typeof LANGUAGES)[number];

const intentFileSchema = z.object({
  language: z.enum(LANGUAGES),
  intents: z.array(z.object({
    intent: z.string().regex(/^[a-z_]+$/),
    /** null means "no canned answer": human_agent hands the conversation to a person. */
    answer: z.string().min(1).nullable(),
    train: z.array(z.string().min(1)).min(1),
    test: z.array(z.string().min(1)),
  })),
});

/** Default answer per intent and language; null where the intent has no canned answer. */
export type IntentAnswers = Record<string, Record<BotLanguage, string | null>>;

export async function loadShippedIntents(
  dataDir = new URL('../data/', import.meta.url),
): Promise<{ dataset: IntentDataset; answers: IntentAnswers }> {
  const train: LabelledText[] = [];
  const test: LabelledText[] = [];
  const answers: IntentAnswers = {};
  for (const language of LANGUAGES) {
    const file = new URL(`intents.${language}.json`, dataDir);
    const parsed = intentFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file.pathname} is invalid: ${parsed.error.message}`);
    for (const { intent, answer, train: trainTexts, test: testTexts } of parsed.data.intents) {
      answers[intent] ??= { zh: null, en: null };
      answers[intent][language] = answer;
      train.push(...trainTexts.map((text) => ({ text, intent, language })));
      test.push(...testTexts.map((text) => ({ text, intent, language })));
    }
  }
  return { dataset: { name: 'kefu-shipped', train, validation: [], test }, answers };
}
