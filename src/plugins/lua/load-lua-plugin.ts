// A Lua plugin in its own Lua 5.4 VM compiled to WebAssembly (wasmoon), one VM per plugin. The
// VM has no io, os (except time/clock/date), package, debug or load: a plugin reaches Kefu only
// through the ctx of a hook. A count hook checks the deadline every 1,000 instructions, so a
// runaway loop is stopped at the budget without a thread; the VM's allocator enforces the memory cap.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LuaEventMasks, LuaFactory, LuaReturn, type LuaEngine } from 'wasmoon';
import { HookTimeoutError, type HookCall, type HookOutcome, type PluginAction, type PluginRuntime, type PluginSource } from '../plugin-runtime.ts';
import { toList, validateManifest } from '../validate-manifest.ts';
import { pushPlain, readPlain } from './lua-values.ts';

const PRELUDE = readFileSync(new URL('./prelude.lua.txt', import.meta.url), 'utf8');
const INSTRUCTIONS_PER_CHECK = 1000;

let factory: LuaFactory | undefined;

/** The wasm module is compiled once per process; each plugin gets a fresh state from it. */
function luaFactory(): LuaFactory {
  factory ??= new LuaFactory(createRequire(import.meta.url).resolve('wasmoon/dist/glue.wasm'));
  return factory;
}

export interface LuaLimits {
  budgetMs: number;
  memoryBytes: number;
}

export async function loadLuaPlugin(source: PluginSource, limits: LuaLimits): Promise<PluginRuntime> {
  const engine = await luaFactory().createEngine({ traceAllocations: true, injectObjects: false });
  try {
    return startRuntime(engine, source, limits);
  } catch (error) {
    engine.global.close();
    throw error;
  }
}

function startRuntime(engine: LuaEngine, source: PluginSource, limits: LuaLimits): PluginRuntime {
  const G = engine.global;
  const lua = G.lua;
  let deadline = Number.POSITIVE_INFINITY;
  let isTimedOut = false;
  const hook = lua.module.addFunction(() => {
    if (Date.now() > deadline) {
      isTimedOut = true;
      G.pushValue('time budget exceeded');
      lua.lua_error(G.address);
    }
  }, 'vii');
  lua.lua_sethook(G.address, hook, LuaEventMasks.Count, INSTRUCTIONS_PER_CHECK);
  G.set('__files', source.files);
  G.setMemoryMax(limits.memoryBytes);

  /** pcall with the deadline armed; leaves the stack as it found it. */
  const protectedCall = (pushFunction: () => void, args: unknown[], budgetMs: number): unknown => {
    const top = G.getTop();
    try {
      pushFunction();
      for (const arg of args) pushPlain(lua, G.address, arg);
      isTimedOut = false;
      deadline = Date.now() + budgetMs;
      const status = lua.lua_pcallk(G.address, args.length, 1, 0, 0, null);
      deadline = Number.POSITIVE_INFINITY;
      if (isTimedOut) throw new HookTimeoutError(budgetMs);
      if (status === LuaReturn.ErrorMem) throw new Error(`the plugin ran out of memory (plugins.luaMemoryMb = ${limits.memoryBytes / 2 ** 20})`);
      if (status !== LuaReturn.Ok) throw new Error(String(G.getValue(-1)));
      return readPlain(lua, G.address, G.getTop());
    } finally {
      deadline = Number.POSITIVE_INFINITY;
      G.setTop(top);
    }
  };

  // The prelude sandboxes the state and defines __kefu_load / __kefu_call (prelude.lua.txt).
  protectedCall(() => G.loadString(PRELUDE, '=kefu-prelude'), [], 1000);
  const top = G.getTop();
  G.loadString(source.code, `@${source.folder}/${source.entry}`);
  lua.lua_setglobal(G.address, '__chunk');
  G.setTop(top);
  const described = protectedCall(() => lua.lua_getglobal(G.address, '__kefu_load'), [], Math.max(limits.budgetMs * 10, 1000)) as Record<string, unknown>;
  const manifest = validateManifest({ ...described, hooks: toList(described.hooks) }, source.folder);

  return {
    manifest,
    async call(call: HookCall): Promise<HookOutcome> {
      const out = protectedCall(() => lua.lua_getglobal(G.address, '__kefu_call'), [call.hook, call.input, call.conversation, call.settings], limits.budgetMs) as {
        result?: unknown;
        actions?: unknown;
      };
      return { result: out.result ?? null, actions: toList(out.actions) as PluginAction[] };
    },
    close() {
      lua.lua_sethook(G.address, null, 0, 0);
      lua.module.removeFunction(hook);
      G.close();
    },
  };
}
