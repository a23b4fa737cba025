// `kefu bot eval --faq FILE…`: runs workspace-style FAQ sets through the same cascade as live
// traffic. A real Kefu starts in this process on a throw-away SQLite data directory; each set
// gets its own workspace (created through GraphQL), its entries are saved with
// saveKnowledgeEntry, and every message goes through the staff botPreview query over HTTP.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createApp, type App } from '../../app.ts';
import type { Config } from '../../config.ts';
import { createLogger } from '../../log.ts';
import { loadFaqSet, type FaqSet, type FaqSplit } from './faq-set.ts';
import { formatFaqEvalReport, type FaqEvalReport, type FaqFailure } from './format-faq-eval-report.ts';
import { createEvalClient, type EvalClient } from './eval-graphql-client.ts';
import { isFailure, scoreFaqEval, type FaqCase, type FaqOutcome, type FaqScore } from './score-faq-eval.ts';

export interface RunFaqEvalOptions {
  files: readonly string[];
  split: FaqSplit;
  /** The configuration the bot settings come from; storage, network and bus are replaced. */
  config: Config;
  verbose: boolean;
  json: boolean;
  out: (line: string) => void;
}

const SAVE_ENTRY = `mutation($input: SaveKnowledgeEntryInput!) { saveKnowledgeEntry(input: $input) { entry { id } } }`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token } }`;
const BOT_PREVIEW = `query($text: String!) {
  botPreview(text: $text) {
    result {
      __typename
      ... on BotKnowledgeAnswer { knowledgeEntryId }
      ... on BotIntentAnswer { intent }
      ... on BotSuggestions { suggestions { knowledgeEntryId } }
      ... on BotHandoff { reason }
      ... on BotSmallTalk { intent }
    }
    entries { knowledgeEntryId }
  }
}`;

type PreviewResult =
  | { __typename: 'BotKnowledgeAnswer'; knowledgeEntryId: string }
  | { __typename: 'BotIntentAnswer'; intent: string }
  | { __typename: 'BotSuggestions'; suggestions: { knowledgeEntryId: string }[] }
  | { __typename: 'BotHandoff'; reason: string }
  | { __typename: 'BotDefaultReply' }
  | { __typename: 'BotSmallTalk'; intent: string };

/** Loads every file first (a bad file fails before anything starts), then scores them all. */
export async function runFaqEval(options: RunFaqEvalOptions): Promise<FaqEvalReport> {
  const sets = await Promise.all(options.files.map(async (file) => ({ file, label: basename(file).replace(/\.json$/i, ''), set: await loadFaqSet(file) })));
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-faq-eval-'));
  let app: App | undefined;
  const cases: FaqCase[] = [];
  const latencies: number[] = [];
  const verbatimRight = new Map<string, number>();
  const entryMisses: FaqFailure[] = [];
  try {
    app = await createApp(evalConfig(options.config, dataDir), { log: createLogger({ log: { level: 'warn' } }) });
    const { url } = await app.start();
    const client = createEvalClient(url);
    for (const { label, set } of sets) {
      const run = await runSet(client, label, set, options.split);
      cases.push(...run.cases);
      latencies.push(...run.latencies);
      verbatimRight.set(label, run.verbatimRight);
      entryMisses.push(...run.entryMisses);
    }
  } finally {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const failures = cases.filter(isFailure);
  latencies.sort((a, b) => a - b);
  const report: FaqEvalReport = {
    dataset: 'faq',
    split: options.split,
    files: [...options.files],
    entries: sets.reduce((sum, s) => sum + s.set.entries.length, 0),
    messages: cases.length,
    ...withVerbatim(
      scoreFaqEval(
        sets.map((s) => s.label),
        cases,
      ),
      verbatimRight,
    ),
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    failureCount: failures.length,
    ...(options.verbose
      ? { entryMisses, failures: failures.map((c) => ({ set: c.set, language: c.message.language, split: c.message.split, text: c.message.text, expect: c.message.expect, got: describeOutcome(c.outcome) })) }
      : {}),
  };
  for (const line of formatFaqEvalReport(report)) options.out(line);
  if (options.json) options.out(JSON.stringify(report));
  return report;
}

/** The given bot settings on a private, throw-away store: SQLite in dataDir, no Redis, loopback on a free port. */
function evalConfig(config: Config, dataDir: string): Config {
  return {
    ...config,
    dataDir,
    workers: 1,
    http: { ...config.http, host: '127.0.0.1', port: 0 },
    database: { ...config.database, url: `file:${join(dataDir, 'kefu.db')}` },
    redis: { ...config.redis, url: '' },
    auth: { ...config.auth, secret: randomBytes(32).toString('hex') },
    // Reuse the shipped model cached for the real data directory instead of training it again.
    bot: { ...config.bot, modelCacheDir: config.bot.modelCacheDir || join(config.dataDir, 'bot') },
  };
}

async function runSet(client: EvalClient, label: string, set: FaqSet, split: FaqSplit): Promise<{ cases: FaqCase[]; latencies: number[]; verbatimRight: number; entryMisses: FaqFailure[] }> {
  const owner = { email: `faq-eval-${randomBytes(6).toString('hex')}@example.com`, name: 'FAQ eval', password: randomBytes(12).toString('hex') };
  const created = await client.request<{ createWorkspace: { token: string } }>(CREATE_WORKSPACE, { input: { name: set.name.slice(0, 100), owner } });
  const token = created.createWorkspace.token;
  const keyOfEntry = new Map<string, string>();
  for (const entry of set.entries) {
    const saved = await client.request<{ saveKnowledgeEntry: { entry: { id: string } } }>(
      SAVE_ENTRY,
      { input: { question: entry.question, alternates: entry.alternates, answer: entry.answer, language: entry.language } },
      token,
    );
    keyOfEntry.set(saved.saveKnowledgeEntry.entry.id, entry.key);
  }
  // No waiting: saveKnowledgeEntry returns once the bot answers with the entry on every process.
  const keyOf = (id: string): string => keyOfEntry.get(id) ?? `unknown entry ${id}`;
  const preview = async (text: string): Promise<{ outcome: FaqOutcome; ranked: string[] }> => {
    const data = await client.request<{ botPreview: { result: PreviewResult; entries: { knowledgeEntryId: string }[] } }>(BOT_PREVIEW, { text }, token);
    return { outcome: toOutcome(data.botPreview.result, keyOf), ranked: data.botPreview.entries.map((e) => keyOf(e.knowledgeEntryId)) };
  };
  // A diagnostic beside the figures: does each entry's own question get that entry back?
  const entryMisses: FaqFailure[] = [];
  for (const entry of set.entries) {
    const { outcome } = await preview(entry.question);
    if (outcome.type !== 'KNOWLEDGE_ANSWER' || outcome.key !== entry.key) {
      entryMisses.push({ set: label, language: entry.language, split: 'entry question', text: entry.question, expect: entry.key, got: describeOutcome(outcome) });
    }
  }
  const cases: FaqCase[] = [];
  const latencies: number[] = [];
  for (const message of set.messages) {
    if (split !== 'all' && message.split !== split) continue;
    const startedAt = performance.now();
    const { outcome, ranked } = await preview(message.text);
    latencies.push(performance.now() - startedAt);
    cases.push({ set: label, message, outcome, ranked });
  }
  return { cases, latencies, verbatimRight: 1 - entryMisses.length / set.entries.length, entryMisses };
}

function withVerbatim(score: FaqScore, verbatimRight: ReadonlyMap<string, number>): Pick<FaqEvalReport, 'sets' | 'byLanguage' | 'all'> {
  return { ...score, sets: score.sets.map((set) => ({ ...set, verbatimRight: verbatimRight.get(set.name) ?? 0 })) };
}

function toOutcome(result: PreviewResult, keyOf: (id: string) => string): FaqOutcome {
  switch (result.__typename) {
    case 'BotKnowledgeAnswer':
      return { type: 'KNOWLEDGE_ANSWER', key: keyOf(result.knowledgeEntryId) };
    case 'BotIntentAnswer':
      return { type: 'INTENT_ANSWER', intent: result.intent };
    case 'BotSuggestions':
      return { type: 'SUGGESTIONS', keys: result.suggestions.map((s) => keyOf(s.knowledgeEntryId)) };
    case 'BotHandoff':
      return { type: 'HANDOFF', reason: result.reason };
    case 'BotDefaultReply':
      return { type: 'DEFAULT_REPLY' };
    case 'BotSmallTalk':
      return { type: 'SMALL_TALK', intent: result.intent };
  }
}

function describeOutcome(outcome: FaqOutcome): string {
  switch (outcome.type) {
    case 'KNOWLEDGE_ANSWER':
      return `entry ${outcome.key}`;
    case 'INTENT_ANSWER':
      return `shipped intent ${outcome.intent}`;
    case 'SUGGESTIONS':
      return `suggestions [${outcome.keys.join(', ')}]`;
    case 'HANDOFF':
      return `handoff (${outcome.reason})`;
    case 'DEFAULT_REPLY':
      return 'default reply';
    case 'SMALL_TALK':
      return `small talk (${outcome.intent})`;
  }
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
