// `kefu bot eval`: trains the intent model on the shipped set or a public benchmark, tunes the
// fallback thresholds on validation data, scores the held-out test split and prints a report
// with published figures beside ours. The CLI in src/cli/ only parses argv and calls this.
import { runFaqEval, type RunFaqEvalOptions } from './run-faq-eval.ts';
import { DEFAULT_INTENT_THRESHOLDS, type IntentThresholds } from '../model/classify-intent.ts';
import { evaluateIntentModel } from './evaluate.ts';
import { formatBotEvalReport, type BotEvalResult } from './format-bot-eval-report.ts';
import { OUT_OF_SCOPE, type IntentModel } from '../model/intent-model.ts';
import type { IntentDataset, LabelledText } from '../datasets/labelled-text.ts';
import { loadBanking77 } from '../datasets/load-banking77.ts';
import { loadClinc150 } from '../datasets/load-clinc150.ts';
import { loadShippedIntents } from '../datasets/load-shipped-intents.ts';
import { splitValidation } from '../datasets/split-validation.ts';
import { initTensorflow } from '../model/tensorflow.ts';
import { trainIntentModel, type TrainIntentModelOptions } from '../model/train-intent-model.ts';
import { tuneIntentThresholds } from './tune-thresholds.ts';

export type RunBotEvalOptions = {
  /** Path to CLINC150's data_full.json; evaluates on CLINC150 "Full" instead of the shipped set. */
  clinc150?: string;
  /** Folder holding BANKING77's train.csv and test.csv. */
  banking77?: string;
  /** Also print one JSON object per dataset; the last line is always JSON when set. */
  json: boolean;
  /** Receives each output line (the CLI passes a stdout writer). */
  out: (line: string) => void;
  /** Applied over the per-dataset training preset (smaller models in tests, CLI experiments). */
  trainingOverrides?: TrainIntentModelOptions;
  /** FAQ sets to run through the live cascade (`--faq`); alone, they replace the shipped-set evaluation. */
  faq?: Omit<RunFaqEvalOptions, 'json' | 'out'>;
};

/** Training settings per dataset, chosen by measurement (see the PR / bot report). */
const TRAINING_PRESETS: Record<'shipped' | 'clinc150' | 'banking77', TrainIntentModelOptions> = {
  shipped: { featurizer: { dims: 4096 }, hiddenUnits: 64, epochs: 10, batchSize: 32 },
  clinc150: { featurizer: { dims: 4096 }, hiddenUnits: 128, epochs: 8, batchSize: 64 },
  banking77: { featurizer: { dims: 4096 }, hiddenUnits: 128, epochs: 10, batchSize: 64 },
};

/**
 * Evaluates the shipped set when no public dataset and no FAQ set is given, otherwise each given
 * dataset in turn, FAQ sets first. With `json`, the last line is one JSON object (one dataset) or
 * a JSON array (several).
 */
export async function runBotEval(options: RunBotEvalOptions): Promise<BotEvalResult[]> {
  const faq = options.faq ? await runFaqEval({ ...options.faq, json: false, out: options.out }) : null;
  if (faq && !options.clinc150 && !options.banking77) {
    if (options.json) options.out(JSON.stringify(faq));
    return [];
  }
  const backend = await initTensorflow();
  if (backend.fallbackReason) options.out(`warning: using the slower cpu backend (${backend.fallbackReason})`);
  const preset = (name: keyof typeof TRAINING_PRESETS): TrainIntentModelOptions => ({
    ...TRAINING_PRESETS[name],
    ...options.trainingOverrides,
    featurizer: { ...TRAINING_PRESETS[name].featurizer, ...options.trainingOverrides?.featurizer },
  });
  const jobs: Array<() => Promise<BotEvalResult>> = [];
  if (options.clinc150) {
    const path = options.clinc150;
    jobs.push(async () => evaluateDataset(await loadClinc150(path), 'clinc150', preset('clinc150')));
  }
  if (options.banking77) {
    const dir = options.banking77;
    jobs.push(async () => evaluateDataset(await loadBanking77(dir), 'banking77', preset('banking77')));
  }
  if (jobs.length === 0) {
    jobs.push(async () => evaluateDataset((await loadShippedIntents()).dataset, undefined, preset('shipped')));
  }
  const results: BotEvalResult[] = [];
  for (const job of jobs) {
    const result = await job();
    results.push(result);
    for (const line of formatBotEvalReport(result)) options.out(line);
  }
  const all: object[] = faq ? [faq, ...results] : results;
  if (options.json) options.out(JSON.stringify(all.length === 1 ? all[0] : all));
  return results;
}

async function evaluateDataset(
  dataset: IntentDataset,
  anchors: BotEvalResult['anchors'],
  training: TrainIntentModelOptions,
): Promise<BotEvalResult> {
  const model = await trainIntentModel(dataset.train, training);
  try {
    const { thresholds, thresholdSource } = await pickThresholds(dataset, model, training);
    const evaluation = evaluateIntentModel(model, dataset.test, thresholds);
    return {
      dataset: dataset.name,
      inScopeAccuracy: evaluation.inScopeAccuracy,
      oosRecall: evaluation.oosRecall,
      confidentlyWrongRate: evaluation.confidentlyWrongRate,
      perLanguage: evaluation.perLanguage,
      p50Ms: evaluation.p50Ms,
      p99Ms: evaluation.p99Ms,
      trainMs: Number(model.meta.training.trainMs),
      examples: dataset.train.length,
      testExamples: dataset.test.length,
      thresholds,
      thresholdSource,
      backend: String(model.meta.training.backend),
      anchors,
    };
  } finally {
    model.dispose();
  }
}

/**
 * Thresholds come from the dataset's validation split, scored by the model under test. A
 * dataset without one (the shipped set) holds out a stratified 20 % of its training data for a
 * separate tuning model. A dataset with no out-of-scope class (BANKING77) needs none.
 */
async function pickThresholds(
  dataset: IntentDataset,
  model: IntentModel,
  training: TrainIntentModelOptions,
): Promise<{ thresholds: IntentThresholds; thresholdSource: string }> {
  if (!dataset.train.some((item) => item.intent === OUT_OF_SCOPE)) {
    return { thresholds: { minConfidence: 0, minMargin: 0 }, thresholdSource: 'none (no out-of-scope class)' };
  }
  if (dataset.validation.length > 0) {
    return { thresholds: tuneOn(model, dataset.validation), thresholdSource: 'tuned on the validation split' };
  }
  const split = splitValidation(dataset.train);
  if (split.validation.length === 0) return { thresholds: { ...DEFAULT_INTENT_THRESHOLDS }, thresholdSource: 'defaults' };
  const tuningModel = await trainIntentModel(split.train, training);
  try {
    return { thresholds: tuneOn(tuningModel, split.validation), thresholdSource: 'tuned on 20 % of train held out' };
  } finally {
    tuningModel.dispose();
  }
}

function tuneOn(model: IntentModel, validation: readonly LabelledText[]): IntentThresholds {
  return tuneIntentThresholds(validation, model.predictMany(validation.map((item) => item.text))).thresholds;
}
