// The plugins of this process: reads the plugins folder, loads each plugin, and swaps a changed
// one in when its files change. Every process (each cluster worker, each machine) watches its own
// folder: no message between processes is needed, and a worker that starts later loads the same
// files. A load that fails keeps the running version and records why (log, metric, `plugins` query).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import { createJsSandbox, type JsSandbox } from './js/js-sandbox.ts';
import { loadJsPlugin } from './js/load-js-plugin.ts';
import { loadLuaPlugin } from './lua/load-lua-plugin.ts';
import type { HookName } from './plugin-api.ts';
import { createPluginMetrics, type PluginMetrics } from './plugin-metrics.ts';
import type { PluginLanguage, PluginRuntime, PluginSource } from './plugin-runtime.ts';

const ENTRIES: Record<string, PluginLanguage> = { 'plugin.lua': 'LUA', 'plugin.ts': 'TYPESCRIPT', 'plugin.js': 'JAVASCRIPT', 'plugin.mjs': 'JAVASCRIPT' };
const MAX_FILE_BYTES = 1024 * 1024;
const DEBOUNCE_MS = 30;

export interface PluginStatus {
  name: string;
  language: PluginLanguage | null;
  /** The running version; null when no version of the plugin has loaded yet. */
  runtime: PluginRuntime | null;
  loadedAt: Date | null;
  /** Why the plugin's current files did not load (the previous version, if any, keeps running). */
  loadError: string | null;
  failedAt: Date | null;
  attemptedHash: string;
}

export interface PluginRegistry {
  readonly dir: string;
  readonly metrics: PluginMetrics;
  /** Every plugin found, in run order (order, then name). */
  list(): PluginStatus[];
  /** The running plugins that declare this hook, in run order. */
  forHook(hook: HookName): PluginStatus[];
  /** Reads the folder now and resolves when every change found is loaded or has failed. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export function pluginsDirOf(config: Config): string {
  return resolve(config.plugins.dir || join(config.dataDir, 'plugins'));
}

export async function createPluginRegistry(config: Config, log: Logger, metrics: Metrics): Promise<PluginRegistry> {
  const dir = pluginsDirOf(config);
  const pluginMetrics = createPluginMetrics(metrics.registry);
  const plugins = new Map<string, PluginStatus>();
  const byHook = new Map<HookName, PluginStatus[]>();
  let sandbox: JsSandbox | undefined;
  const limits = { budgetMs: config.plugins.hookTimeoutMs, memoryBytes: config.plugins.luaMemoryMb * 2 ** 20 };
  const pluginLog = log.child({ kind: 'plugins' });

  const ordered = () =>
    [...plugins.values()].sort((a, b) => (a.runtime?.manifest.order ?? 100) - (b.runtime?.manifest.order ?? 100) || a.name.localeCompare(b.name));

  function reindex(): void {
    byHook.clear();
    for (const status of ordered()) {
      for (const hook of status.runtime?.manifest.hooks ?? []) byHook.set(hook, [...(byHook.get(hook) ?? []), status]);
    }
  }

  async function load(source: PluginSource): Promise<PluginRuntime> {
    if (source.language === 'LUA') return loadLuaPlugin(source, limits);
    sandbox ??= createJsSandbox(pluginLog);
    return loadJsPlugin(source, sandbox, limits.budgetMs);
  }

  async function loadFolder(folder: string): Promise<void> {
    const read = readPluginFolder(dir, folder);
    const status = plugins.get(folder) ?? { name: folder, language: null, runtime: null, loadedAt: null, loadError: null, failedAt: null, attemptedHash: '' };
    plugins.set(folder, status);
    if (read.hash === status.attemptedHash) return;
    status.attemptedHash = read.hash;
    try {
      if ('error' in read) throw new Error(read.error);
      const runtime = await load(read.source);
      const previous = status.runtime;
      Object.assign(status, { runtime, language: read.source.language, loadedAt: new Date(), loadError: null, failedAt: null });
      previous?.close();
      pluginMetrics.loads.inc({ plugin: folder, outcome: 'loaded' });
      pluginLog.info({ plugin: folder, version: runtime.manifest.version, hooks: runtime.manifest.hooks }, previous ? 'plugin reloaded' : 'plugin loaded');
    } catch (error) {
      Object.assign(status, { loadError: (error as Error).message, failedAt: new Date() });
      pluginMetrics.loads.inc({ plugin: folder, outcome: 'failed' });
      pluginLog.warn({ plugin: folder, error: (error as Error).message }, status.runtime ? 'plugin failed to load; the previous version keeps running' : 'plugin failed to load');
    }
  }

  async function scan(): Promise<void> {
    const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name) : [];
    for (const folder of folders) await loadFolder(folder);
    for (const [name, status] of plugins) {
      if (folders.includes(name)) continue;
      status.runtime?.close();
      plugins.delete(name);
      pluginLog.info({ plugin: name }, 'plugin removed');
    }
    reindex();
  }

  // Scans never overlap: a change during a scan queues exactly one more.
  let scanning: Promise<void> = Promise.resolve();
  let isQueued = false;
  function reload(): Promise<void> {
    if (isQueued) return scanning;
    isQueued = true;
    scanning = scanning.then(() => {
      isQueued = false;
      return scan();
    });
    return scanning;
  }

  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  if (config.plugins.enabled) {
    mkdirSync(dir, { recursive: true });
    await reload();
    watcher = watchFolder();
  }

  function watchFolder(): FSWatcher | undefined {
    try {
      const folderWatcher = watch(dir, { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload().catch((error: unknown) => pluginLog.error({ err: error }, 'plugin folder scan failed')), DEBOUNCE_MS);
      });
      folderWatcher.on('error', (error) => pluginLog.error({ err: error }, 'watching the plugins folder failed; restart Kefu to load changed plugins'));
      return folderWatcher;
    } catch (error) {
      pluginLog.error({ err: error, dir }, 'cannot watch the plugins folder; restart Kefu to load changed plugins');
      return undefined;
    }
  }

  return {
    dir,
    metrics: pluginMetrics,
    list: ordered,
    forHook: (hook) => byHook.get(hook) ?? [],
    reload,
    async close() {
      clearTimeout(timer);
      watcher?.close();
      await scanning.catch(() => undefined);
      for (const status of plugins.values()) status.runtime?.close();
      plugins.clear();
      byHook.clear();
      await sandbox?.close();
    },
  };
}

type FolderRead = { hash: string; source: PluginSource } | { hash: string; error: string };

function readPluginFolder(dir: string, folder: string): FolderRead {
  const path = join(dir, folder);
  let names: string[];
  try {
    names = readdirSync(path).sort();
  } catch (error) {
    return { hash: `unreadable:${(error as Error).message}`, error: `cannot read the folder: ${(error as Error).message}` };
  }
  const entries = names.filter((n) => n in ENTRIES);
  if (entries.length !== 1) {
    const problem = entries.length === 0 ? `has no ${Object.keys(ENTRIES).join(', ')}` : `has more than one entry file (${entries.join(', ')}); keep one`;
    return { hash: `entries:${entries.join(',')}`, error: `the folder ${problem}` };
  }
  const entry = entries[0]!;
  const hash = createHash('sha1');
  const read = (name: string) => {
    if (statSync(join(path, name)).size > MAX_FILE_BYTES) throw new Error(`${name} is larger than ${MAX_FILE_BYTES} bytes`);
    const text = readFileSync(join(path, name), 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    return text;
  };
  try {
    const code = read(entry);
    const files = Object.fromEntries(names.filter((n) => n.endsWith('.txt')).map((n) => [n, read(n)]));
    return { hash: hash.digest('hex'), source: { folder, entry, language: ENTRIES[entry]!, code, files } };
  } catch (error) {
    return { hash: `unreadable:${Date.now()}`, error: `cannot read the plugin: ${(error as Error).message}` };
  }
}
