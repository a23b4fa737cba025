// botPreview latency with 500 knowledge entries in one workspace (issue 11: p99 ≤ 20 ms).
// Usage: npx tsx bench/src/bot-preview-latency.ts [entries=500] [queries=1000]
// Starts Kefu in this process on a throw-away SQLite directory, saves `entries` entries through
// saveKnowledgeEntry (the FAQ sets' entries, repeated with a numbered suffix), then sends the
// FAQ sets' tune-split messages to botPreview over HTTP, one at a time, and prints p50/p99 of
// the HTTP round trip, of a trivial query for comparison, and of the bot's own decision
// (forWorkspace + decideBotReply) in-process.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { decideBotReply, NEW_CONVERSATION } from '../../src/bot/reply/decide-bot-reply.ts';
import { createEvalClient } from '../../src/bot/eval/eval-graphql-client.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';

const [entryCount = 500, queryCount = 1000] = process.argv.slice(2).map(Number);
const setsDir = new URL('../../src/bot/eval/faq-sets/', import.meta.url);
const sets = readdirSync(setsDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(new URL(f, setsDir), 'utf8')));
const entries = sets.flatMap((s) => s.entries);
const messages: string[] = sets.flatMap((s) => s.messages.filter((m: { split: string }) => m.split === 'tune').map((m: { text: string }) => m.text));

const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bot-bench-'));
const config = loadConfig({
  overrides: {
    dataDir, workers: 1, http: { host: '127.0.0.1', port: 0 }, database: { url: `file:${join(dataDir, 'kefu.db')}` },
    auth: { secret: randomBytes(32).toString('hex') }, bot: { enabled: true, modelCacheDir: join(process.cwd(), 'data', 'bot') }, log: { level: 'warn' },
    // The bench saves hundreds of entries as one admin, far above the per-minute create limit.
    limits: { createsPerMinute: 1_000_000 },
  },
});
const app = await createApp(config, { log: createLogger({ log: { level: 'warn' } }) });
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
try {
  const { url } = await app.start();
  const client = createEvalClient(url);
  const owner = { email: `bench-${randomBytes(4).toString('hex')}@example.com`, name: 'Bench', password: randomBytes(12).toString('hex') };
  const created = await client.request<{ createWorkspace: { token: string; workspace: { id: string } } }>(
    `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token workspace { id } } }`, { input: { name: 'Bench', owner } });
  const { token } = created.createWorkspace;
  const startedAt = performance.now();
  for (let i = 0; i < entryCount; i++) {
    const e = entries[i % entries.length];
    const round = Math.floor(i / entries.length);
    await client.request(`mutation($input: SaveKnowledgeEntryInput!) { saveKnowledgeEntry(input: $input) { entry { id } } }`,
      { input: { question: round ? `${e.question} (${round})` : e.question, alternates: e.alternates, answer: e.answer, language: e.language } }, token);
  }
  process.stdout.write(`saved ${entryCount} entries in ${Math.round(performance.now() - startedAt)} ms\n`);
  const http: number[] = [];
  for (let i = 0; i < queryCount; i++) {
    const t0 = performance.now();
    await client.request(`query($text: String!) { botPreview(text: $text) { result { __typename } } }`, { text: messages[i % messages.length] }, token);
    http.push(performance.now() - t0);
  }
  const baseline: number[] = [];
  for (let i = 0; i < queryCount; i++) {
    const t0 = performance.now();
    await client.request(`{ workspace { id } }`, {}, token);
    baseline.push(performance.now() - t0);
  }
  const own: number[] = [];
  // CPU time as well as wall time: on a busy machine the wall-clock quantiles mostly measure waiting for a core.
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < queryCount; i++) {
    const t0 = performance.now();
    decideBotReply(await app.deps.bot.forWorkspace(created.createWorkspace.workspace.id), messages[i % messages.length]!, NEW_CONVERSATION);
    own.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuBefore);
  http.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  own.sort((a, b) => a - b);
  process.stdout.write(`botPreview over HTTP: p50 ${quantile(http, 0.5).toFixed(1)} ms, p99 ${quantile(http, 0.99).toFixed(1)} ms (${queryCount} queries, ${entryCount} entries)\n`);
  process.stdout.write(`baseline \`{ workspace { id } }\` over HTTP: p50 ${quantile(baseline, 0.5).toFixed(1)} ms, p99 ${quantile(baseline, 0.99).toFixed(1)} ms\n`);
  process.stdout.write(`bot decision in-process (revision check + decideBotReply): p50 ${quantile(own, 0.5).toFixed(1)} ms, p99 ${quantile(own, 0.99).toFixed(1)} ms; CPU ${((cpu.user + cpu.system) / 1000 / queryCount).toFixed(2)} ms per decision\n`);
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores\n`);
} finally {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
