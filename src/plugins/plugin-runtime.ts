// What the registry and the hook runner need of a loaded plugin, whatever its language.
import type { HookName, PluginDefinition, SettingsValues, ConversationView, HttpRequest } from './plugin-api.ts';

export type PluginLanguage = 'LUA' | 'JAVASCRIPT' | 'TYPESCRIPT';

/** What a plugin declared, without its functions. */
export type PluginManifest = Omit<PluginDefinition, 'hooks'> & { hooks: HookName[] };

export type PluginAction =
  | { kind: 'addTag'; name: string }
  | { kind: 'systemMessage'; body: string }
  | { kind: 'log'; message: string }
  | { kind: 'http'; url: string; request?: HttpRequest };

export interface HookCall {
  hook: HookName;
  input: unknown;
  conversation: ConversationView;
  settings: SettingsValues;
}

export interface HookOutcome {
  result: unknown;
  actions: PluginAction[];
}

export interface PluginRuntime {
  readonly manifest: PluginManifest;
  /** Runs one hook inside the time budget; throws HookTimeoutError past it, or the hook's error. */
  call(call: HookCall): Promise<HookOutcome>;
  close(): void;
}

export class HookTimeoutError extends Error {
  constructor(budgetMs: number) {
    super(`the hook ran past its time budget of ${budgetMs} ms and was stopped (plugins.hookTimeoutMs)`);
  }
}

/** The source of one plugin as read from its folder. */
export interface PluginSource {
  /** Folder name; the plugin's name must equal it. */
  folder: string;
  entry: string;
  language: PluginLanguage;
  code: string;
  /** Text files beside the entry (word lists…), by file name: the plugin reads them as kefu.files. */
  files: Record<string, string>;
}
