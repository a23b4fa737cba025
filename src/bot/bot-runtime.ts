// Per-process cache of each workspace's bot: its intent model (the workspace's latest trained
// BotModel, else the model trained on the shipped intent set), enabled intent answers, knowledge
// matcher and settings, keyed by Workspace.botRevision. Every change to that content bumps the
// revision in the database, so once a mutation returns, every process uses the new content on
// its next message (a new model too, without a restart).
// The shipped model is trained once and cached on disk, keyed by a hash of its training data.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Bus } from '../events/bus.ts';
import { topics } from '../events/topics.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../storage/open-database.ts';
import { KefuError } from '../errors.ts';
import type { SimilarQuestionIndex } from '../knowledge/similar-questions.ts';
import { resolveBotSettings, type BotSettings } from './settings/resolve-bot-settings.ts';
import { createKnowledgeMatcher, type KnowledgeMatcher } from './matching/knowledge-matcher.ts';
import { FEATURIZER_VERSION } from './model/featurize.ts';
import { loadIntentModel, type IntentModel } from './model/intent-model.ts';
import { loadShippedIntents, type IntentAnswers } from './datasets/load-shipped-intents.ts';
import { trainIntentModel } from './model/train-intent-model.ts';
import { holdTrainingLock, takeTrainingLock } from './training-lock.ts';
import { DEFAULT_REPLY_COLUMNS, type DefaultReplyColumns } from './settings/default-reply-columns.ts';

export interface LoadedBot {
  model: IntentModel;
  /** Answers of the intents the workspace enabled or wrote; a shipped intent not listed never answers. */
  answers: IntentAnswers;
  knowledge: SimilarQuestionIndex;
  matcher: KnowledgeMatcher;
  /** The BotModel row in use, or null for the shipped model. */
  modelId: string | null;
  settings: BotSettings;
  /** The workspace's default reply per language (its own for the language, else the one for both); null: the built-in text. */
  defaultReply: Record<'zh' | 'en', string | null>;
  /** Workspace.botRevision this was loaded at. */
  revision: number;
}

export interface BotRuntime {
  /** The workspace's bot as of its current revision (one small query checks it on every call). */
  forWorkspace(workspaceId: string): Promise<LoadedBot>;
  /** The workspace's intent model only: its latest trained model, else the shipped one. */
  modelFor(workspaceId: string): Promise<IntentModel>;
  /** The model trained on the shipped intent set (trained once, then cached in <dataDir>/bot/). */
  shipped(): Promise<{ model: IntentModel; answers: IntentAnswers }>;
  close(): Promise<void>;
}

const SHIPPED_TRAINING = { epochs: 10, hiddenUnits: 64 };

const LOCK_WAIT_MS = 500;

// Several workers start at once on a fresh data directory: one trains (holding a lock file), the
// others wait for its model file instead of training the same model in parallel.
async function loadOrTrainShipped(cacheDir: string, log: Logger) {
  const { dataset, answers } = await loadShippedIntents();
  const fingerprint = createHash('sha256').update(JSON.stringify({ train: dataset.train, SHIPPED_TRAINING, FEATURIZER_VERSION })).digest('hex').slice(0, 16);
  const file = join(cacheDir, `shipped-${fingerprint}.model`);
  const lockFile = `${file}.lock`;
  mkdirSync(cacheDir, { recursive: true });
  for (;;) {
    if (existsSync(file)) return { model: await loadIntentModel(new Uint8Array(readFileSync(file))), answers };
    if (takeTrainingLock(lockFile)) break;
    await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS));
  }
  const release = holdTrainingLock(lockFile);
  try {
    log.info({ examples: dataset.train.length }, 'training the shipped intent model (once per data directory)');
    const model = await trainIntentModel(dataset.train, SHIPPED_TRAINING);
    writeFileSync(`${file}.${process.pid}.tmp`, await model.serialize());
    renameSync(`${file}.${process.pid}.tmp`, file);
    return { model, answers };
  } finally {
    release();
  }
}

/** Enabled intents only: own answers (one language standing in for the other), else the shipped template. */
export function enabledIntentAnswers(
  shipped: IntentAnswers,
  intents: readonly { name: string; answerZh: string | null; answerEn: string | null; answerEnabled: boolean }[],
): IntentAnswers {
  const answers: IntentAnswers = {};
  for (const intent of intents) {
    if (!intent.answerEnabled) continue;
    const hasOwn = intent.answerZh !== null || intent.answerEn !== null;
    answers[intent.name] = hasOwn
      ? { zh: intent.answerZh ?? intent.answerEn, en: intent.answerEn ?? intent.answerZh }
      : { zh: shipped[intent.name]?.zh ?? null, en: shipped[intent.name]?.en ?? null };
  }
  return answers;
}

export function createBotRuntime(deps: { db: Db; bus: Bus; log: Logger; config: Pick<Config, 'dataDir' | 'bot'> }): BotRuntime {
  let shipped: Promise<{ model: IntentModel; answers: IntentAnswers }> | undefined;
  const cache = new Map<string, { revision: number; bot: Promise<LoadedBot> }>();
  const models = new Map<string, { id: string; model: Promise<IntentModel> }>();
  const unsubscribers = new Map<string, Promise<() => void>>();

  const cacheDir = deps.config.bot.modelCacheDir || join(deps.config.dataDir, 'bot');
  const getShipped = () => (shipped ??= loadOrTrainShipped(cacheDir, deps.log));

  async function modelFor(workspaceId: string): Promise<{ model: IntentModel; modelId: string | null }> {
    const latest = await deps.db.botModel.findFirst({ where: { workspaceId }, orderBy: { createdAt: 'desc' }, select: { id: true } });
    if (!latest) return { model: (await getShipped()).model, modelId: null };
    let cached = models.get(workspaceId);
    if (cached?.id !== latest.id) {
      const previous = cached;
      cached = {
        id: latest.id,
        model: deps.db.botModel.findUniqueOrThrow({ where: { id: latest.id } }).then((row) => loadIntentModel(new Uint8Array(row.artifact))),
      };
      cached.model.catch(() => models.delete(workspaceId));
      models.set(workspaceId, cached);
      void previous?.model.then((model) => model.dispose()).catch(() => undefined);
    }
    return { model: await cached.model, modelId: latest.id };
  }

  async function load(workspaceId: string, workspace: { botRevision: number; botSettings: unknown } & DefaultReplyColumns): Promise<LoadedBot> {
    const [base, { model, modelId }, intents, entries] = await Promise.all([
      getShipped(),
      modelFor(workspaceId),
      deps.db.botIntent.findMany({ where: { workspaceId } }),
      deps.db.knowledgeEntry.findMany({ where: { workspaceId } }),
    ]);
    const matcher = createKnowledgeMatcher(
      entries.map((e) => ({ id: e.id, question: e.question, alternates: e.alternates as string[], answer: e.answer, language: e.language === 'zh' ? 'zh' : 'en', intent: e.intent })),
      model,
    );
    return {
      model, modelId, matcher,
      get knowledge() {
        return matcher.index;
      },
      answers: enabledIntentAnswers(base.answers, intents),
      settings: resolveBotSettings(deps.config.bot, workspace.botSettings),
      defaultReply: { zh: workspace.defaultReplyZh ?? workspace.defaultReply, en: workspace.defaultReplyEn ?? workspace.defaultReply },
      revision: workspace.botRevision,
    };
  }

  return {
    shipped: getShipped,
    modelFor: async (workspaceId) => (await modelFor(workspaceId)).model,
    async forWorkspace(workspaceId) {
      const workspace = await deps.db.workspace.findUnique({ where: { id: workspaceId }, select: { botRevision: true, botSettings: true, ...DEFAULT_REPLY_COLUMNS } });
      if (!workspace) throw new KefuError('NOT_FOUND', 'This workspace no longer exists.');
      let entry = cache.get(workspaceId);
      if (!entry || entry.revision < workspace.botRevision) {
        // The bus event only frees memory early; the revision check above is what keeps every process current.
        if (!unsubscribers.has(workspaceId)) unsubscribers.set(workspaceId, deps.bus.subscribe(topics.bot(workspaceId), () => cache.delete(workspaceId)));
        const loading = { revision: workspace.botRevision, bot: load(workspaceId, workspace) };
        loading.bot.catch(() => cache.get(workspaceId) === loading && cache.delete(workspaceId));
        cache.set(workspaceId, loading);
        entry = loading;
      }
      return entry.bot;
    },
    async close() {
      for (const unsubscribe of unsubscribers.values()) (await unsubscribe)();
      cache.clear();
      for (const { model } of models.values()) void model.then((m) => m.dispose()).catch(() => undefined);
      models.clear();
    },
  };
}
