// A JavaScript or TypeScript plugin: an ES module (imports of other modules are refused) compiled
// to a script with TypeScript's transpiler (no type check: a type error does not stop a hot
// reload) and run in the sandbox thread (js-sandbox.ts).
import { createHash } from 'node:crypto';
import { type HookCall, type HookOutcome, type PluginRuntime, type PluginSource } from '../plugin-runtime.ts';
import { toList, validateManifest } from '../validate-manifest.ts';
import type { JsSandbox } from './js-sandbox.ts';

type TypeScript = typeof import('typescript');
let typescript: Promise<TypeScript> | undefined;

function loadTypeScript(): Promise<TypeScript> {
  typescript ??= import('typescript').then(
    (module) => ((module as { default?: TypeScript }).default ?? module) as TypeScript,
    () => {
      throw new Error('JavaScript/TypeScript plugins need the typescript package (installed with Kefu); reinstall with `npm ci`');
    },
  );
  return typescript;
}

async function compile(source: PluginSource): Promise<string> {
  const ts = await loadTypeScript();
  const out = ts.transpileModule(source.code, {
    fileName: source.entry,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false, sourceMap: false },
  });
  const syntaxError = out.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntaxError) {
    const where = syntaxError.file && syntaxError.start !== undefined ? syntaxError.file.getLineAndCharacterOfPosition(syntaxError.start) : null;
    const at = where ? `:${where.line + 1}:${where.character + 1}` : '';
    throw new Error(`${source.folder}/${source.entry}${at}: ${ts.flattenDiagnosticMessageText(syntaxError.messageText, '\n')}`);
  }
  return out.outputText;
}

export async function loadJsPlugin(source: PluginSource, sandbox: JsSandbox, budgetMs: number): Promise<PluginRuntime> {
  const code = await compile(source);
  const key = `${source.folder}@${createHash('sha1').update(code).update(JSON.stringify(source.files)).digest('hex').slice(0, 12)}#${Date.now()}`;
  const described = JSON.parse(await sandbox.load({ key, name: source.folder, filename: `${source.folder}/${source.entry}`, code, files: source.files }, Math.max(budgetMs * 10, 1000))) as Record<string, unknown>;
  let manifest;
  try {
    manifest = validateManifest({ ...described, hooks: toList(described.hooks) }, source.folder);
  } catch (error) {
    sandbox.unload(key);
    throw error;
  }
  return {
    manifest,
    async call(call: HookCall): Promise<HookOutcome> {
      return JSON.parse(await sandbox.call(key, call.hook, JSON.stringify({ input: call.input, conversation: call.conversation, settings: call.settings }), budgetMs)) as HookOutcome;
    },
    close() {
      sandbox.unload(key);
    },
  };
}
