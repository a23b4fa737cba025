// Per-process cache of each workspace's bot: its intent model (the workspace's latest trained
// BotModel, else the model trained on the shipped intent set), intent answers and knowledge
// index. A `bot:<workspaceId>` event (retraining, knowledge change) on any process drops the
// cached entry everywhere, so a new model is used without a restart, on every worker.
// The shipped model is trained once and cached on disk, keyed by a hash of its training data.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Bus } from '../events/bus.ts';
import { topics } from '../events/topics.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../storage/open-database.ts';
import { createSimilarQuestionIndex, type SimilarQuestionIndex } from '../knowledge/similar-questions.ts';
import { FEATURIZER_VERSION } from './featurize.ts';
import { loadIntentModel, type IntentModel } from './intent-model.ts';
import { loadShippedIntents, type IntentAnswers } from './load-shipped-intents.ts';
import { trainIntentModel } from './train-intent-model.ts';

export interface LoadedBot {
  model: IntentModel;
  answers: IntentAnswers;
  knowledge: SimilarQuestionIndex;
  /** The BotModel row in use, or null for the shipped model. */
  modelId: string | null;
}

export interface BotRuntime {
  forWorkspace(workspaceId: string): Promise<LoadedBot>;
  /** The model trained on the shipped intent set (trained once, then cached in <dataDir>/bot/). */
  shipped(): Promise<{ model: IntentModel; answers: IntentAnswers }>;
  close(): Promise<void>;
}

const SHIPPED_TRAINING = { epochs: 10, hiddenUnits: 64 };

async function loadOrTrainShipped(cacheDir: string, log: Logger) {
  const { dataset, answers } = await loadShippedIntents();
  const fingerprint = createHash('sha256').update(JSON.stringify({ train: dataset.train, SHIPPED_TRAINING, FEATURIZER_VERSION })).digest('hex').slice(0, 16);
  const file = join(cacheDir, `shipped-${fingerprint}.model`);
  try {
    return { model: await loadIntentModel(new Uint8Array(readFileSync(file))), answers };
  } catch {
    log.info({ examples: dataset.train.length }, 'training the shipped intent model (once per data directory)');
    const model = await trainIntentModel(dataset.train, SHIPPED_TRAINING);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, await model.serialize());
    renameSync(`${file}.${process.pid}.tmp`, file);
    return { model, answers };
  }
}

export function createBotRuntime(deps: { db: Db; bus: Bus; log: Logger; config: Pick<Config, 'dataDir' | 'bot'> }): BotRuntime {
  let shipped: Promise<{ model: IntentModel; answers: IntentAnswers }> | undefined;
  const cache = new Map<string, Promise<LoadedBot>>();
  const unsubscribers = new Map<string, Promise<() => void>>();

  const cacheDir = deps.config.bot.modelCacheDir || join(deps.config.dataDir, 'bot');
  const getShipped = () => (shipped ??= loadOrTrainShipped(cacheDir, deps.log));

  async function load(workspaceId: string): Promise<LoadedBot> {
    const [base, latest, intents, entries] = await Promise.all([
      getShipped(),
      deps.db.botModel.findFirst({ where: { workspaceId }, orderBy: { createdAt: 'desc' } }),
      deps.db.botIntent.findMany({ where: { workspaceId } }),
      deps.db.knowledgeEntry.findMany({ where: { workspaceId } }),
    ]);
    const answers: IntentAnswers = { ...base.answers };
    for (const intent of intents) answers[intent.name] = { zh: intent.answerZh ?? intent.answerEn, en: intent.answerEn ?? intent.answerZh };
    const knowledge = createSimilarQuestionIndex(
      entries.map((e) => ({ id: e.id, question: e.question, alternates: e.alternates as string[], answer: e.answer, language: e.language === 'zh' ? 'zh' : 'en' })),
    );
    const model = latest ? await loadIntentModel(new Uint8Array(latest.artifact)) : base.model;
    return { model, answers, knowledge, modelId: latest?.id ?? null };
  }

  function drop(workspaceId: string): void {
    const entry = cache.get(workspaceId);
    cache.delete(workspaceId);
    void entry?.then((bot) => bot.modelId && bot.model.dispose()).catch(() => undefined);
  }

  return {
    shipped: getShipped,
    forWorkspace(workspaceId) {
      let entry = cache.get(workspaceId);
      if (!entry) {
        if (!unsubscribers.has(workspaceId)) unsubscribers.set(workspaceId, deps.bus.subscribe(topics.bot(workspaceId), () => drop(workspaceId)));
        entry = load(workspaceId);
        entry.catch(() => cache.delete(workspaceId));
        cache.set(workspaceId, entry);
      }
      return entry;
    },
    async close() {
      for (const unsubscribe of unsubscribers.values()) (await unsubscribe)();
      for (const workspaceId of [...cache.keys()]) drop(workspaceId);
    },
  };
}
