// plugins: what an enabled no-op plugin hook adds to each message. One in-process Kefu (SQLite)
// stores messages through sendMessage, the function the GraphQL resolver calls, in three variants
// per round: no plugin enabled, a no-op Lua beforeStore hook, a no-op TypeScript beforeStore hook.
// Rounds interleave the variants, so a busy neighbour on a shared box slows all three alike; the
// report gives medians over rounds, the cost per message and the ratio to the baseline. The hook
// point alone (pluginHooks.beforeStore, no storage) is timed the same way, for a figure that the
// storage's own variance does not drown.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/app.ts';
import type { Principal } from '../../../src/auth/principal.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { sendMessage } from '../../../src/messages/send-message.ts';
import { configurePlugin } from '../../../src/plugins/configure-plugin.ts';
import { pluginHooks } from '../../../src/plugins/run-hooks.ts';
import { createWorkspace } from '../../../src/workspaces/create-workspace.ts';
import { emptySummary, type BenchResult } from '../bench-result.ts';
import type { BenchOptions } from '../options.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';

const NOOP_LUA = 'return { name = "noop-lua", hooks = { beforeStore = function(message, ctx) return nil end } }\n';
const NOOP_TS = "export default { name: 'noop-ts', hooks: { beforeStore(message: { body: string }) { return null; } } };\n";
const VARIANTS = [
  { name: 'no plugin', plugin: null },
  { name: 'no-op Lua hook', plugin: 'noop-lua' },
  { name: 'no-op TypeScript hook', plugin: 'noop-ts' },
] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runPluginsScenario(options: BenchOptions, display: ProgressDisplay): Promise<BenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-plugins-'));
  for (const [name, file, code] of [['noop-lua', 'plugin.lua', NOOP_LUA], ['noop-ts', 'plugin.ts', NOOP_TS]] as const) {
    mkdirSync(join(dataDir, 'plugins', name), { recursive: true });
    writeFileSync(join(dataDir, 'plugins', name, file), code);
  }
  const config = loadConfig({
    overrides: { dataDir, http: { host: '127.0.0.1', port: 0 }, bot: { enabled: false }, log: { level: 'silent' }, limits: { sendsPerMinute: 1_000_000_000, conversationsPerMinute: 1_000_000_000, operationsPerMinute: 1_000_000_000, wsConnectionsPerAddress: 0, connectionsPerAddress: 0 } },
  });
  const app = await createApp(config, { log: createLogger(config) });
  try {
    const { deps } = app;
    const created = await createWorkspace(deps, { name: 'Bench', owner: { email: `owner-${randomUUID()}@bench.example`, name: 'Owner', password: 'bench-password-1' } });
    const owner: Principal = { kind: 'agent', id: created.agent.id, workspaceId: created.workspace.id, role: 'OWNER', sessionId: null };
    const visitor = await deps.db.visitor.create({ data: { workspaceId: created.workspace.id, name: 'Visitor' } });
    const principal: Principal = { kind: 'visitor', id: visitor.id, workspaceId: created.workspace.id };
    const conversation = await deps.db.conversation.create({ data: { workspaceId: created.workspace.id, visitorId: visitor.id } });
    const select = async (plugin: string | null) => {
      for (const name of ['noop-lua', 'noop-ts']) await configurePlugin(deps, owner, { name, enabled: name === plugin });
    };
    const send = () => sendMessage(deps, principal, { conversationId: conversation.id, body: 'hello, a message of ordinary length', clientMessageId: randomUUID() });
    const messages = options.connections;
    const rounds = options.maxSteps;
    const samples = VARIANTS.map(() => ({ wallUs: [] as number[], cpuUs: [] as number[], hookUs: [] as number[] }));
    const screen = () => pluginHooks.beforeStore(deps, conversation, { body: 'hello, a message of ordinary length', authorType: 'VISITOR', internal: false });
    display.phase('plugins: warm-up');
    for (const variant of VARIANTS) {
      await select(variant.plugin);
      for (let i = 0; i < Math.min(500, messages); i++) await send();
    }
    for (let round = 1; round <= rounds; round++) {
      for (const [index, variant] of VARIANTS.entries()) {
        display.phase(`plugins: round ${round}/${rounds}, ${variant.name}`);
        await select(variant.plugin);
        const cpu = process.cpuUsage();
        const started = performance.now();
        for (let i = 0; i < messages; i++) await send();
        const wall = performance.now() - started;
        const used = process.cpuUsage(cpu);
        samples[index]!.wallUs.push((wall * 1000) / messages);
        samples[index]!.cpuUs.push((used.user + used.system) / messages);
        const hookStarted = performance.now();
        for (let i = 0; i < messages; i++) await screen();
        samples[index]!.hookUs.push(((performance.now() - hookStarted) * 1000) / messages);
      }
    }
    const medians = samples.map((s) => ({ wallUs: median(s.wallUs), cpuUs: median(s.cpuUs), hookUs: median(s.hookUs) }));
    const base = medians[0]!;
    const report = [
      `the beforeStore hook point alone, ${messages} calls per variant and round (medians over rounds):`,
      ...VARIANTS.map((variant, i) => `  ${variant.name.padEnd(22)} ${medians[i]!.hookUs.toFixed(1)} µs per call${i === 0 ? '' : ` | + ${(medians[i]!.hookUs - base.hookUs).toFixed(1)} µs over no plugin`}`),
      `${messages} messages per variant and round, ${rounds} rounds interleaved, sendMessage in process on SQLite (medians over rounds):`,
      ...VARIANTS.map((variant, i) => {
        const m = medians[i]!;
        const extra = i === 0 ? '' : ` | hook adds ${(m.wallUs - base.wallUs).toFixed(1)} µs wall, ${(m.cpuUs - base.cpuUs).toFixed(1)} µs CPU per message | ÷ baseline ${(m.wallUs / base.wallUs).toFixed(3)} wall, ${(m.cpuUs / base.cpuUs).toFixed(3)} CPU`;
        return `  ${variant.name.padEnd(22)} ${m.wallUs.toFixed(1)} µs wall, ${m.cpuUs.toFixed(1)} µs CPU per message${extra}`;
      }),
    ];
    const summary = {
      ...emptySummary('plugins'),
      deliveriesPerSec: Math.round(1e6 / base.wallUs),
      baselineUsPerMessage: Number(base.wallUs.toFixed(1)),
      luaHookUsPerMessage: Number((medians[1]!.wallUs - base.wallUs).toFixed(1)),
      jsHookUsPerMessage: Number((medians[2]!.wallUs - base.wallUs).toFixed(1)),
      luaHookPointUs: Number((medians[1]!.hookUs - base.hookUs).toFixed(1)),
      jsHookPointUs: Number((medians[2]!.hookUs - base.hookUs).toFixed(1)),
      luaRatio: Number((medians[1]!.wallUs / base.wallUs).toFixed(3)),
      jsRatio: Number((medians[2]!.wallUs / base.wallUs).toFixed(3)),
    };
    const calls = await deps.metrics.registry.getSingleMetricAsString('kefu_plugin_hook_calls_total');
    const failures = calls.split('\n').filter((line) => /outcome="(error|timeout)"\} [1-9]/.test(line));
    return { summary, report, warnings: failures.map((line) => `a no-op hook failed: ${line}`), isCorrect: failures.length === 0 };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
