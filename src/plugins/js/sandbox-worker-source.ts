// The code of the JS plugin sandbox thread (run with `new Worker(code, { eval: true })`, so it
// needs no build step or loader). Each plugin lives in its own vm context with no require,
// process, eval or timers; inputs go in and results come out as JSON, and ctx is built inside
// the context, so no object of the thread's own realm is reachable from plugin code. Hooks run
// synchronously here; the main thread stops this thread when a call overruns its budget. Before
// each call the thread writes the call's id and start time into memory shared with the main thread,
// so the budget counts from when the hook started, not from when the request was queued.
export const SANDBOX_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const running = new BigInt64Array(workerData.running);
const vm = require('node:vm');
const plugins = new Map();

const PRELUDE = ${'`'}
globalThis.module = { exports: {} };
globalThis.exports = globalThis.module.exports;
globalThis.require = (name) => { throw new Error('plugins cannot import ' + JSON.stringify(name) + ': use the ctx argument of a hook (ctx.http, ctx.addTag, ...)'); };
globalThis.__kefu_describe = () => {
  const m = globalThis.module.exports;
  const plugin = m && m.__esModule ? m.default : (m && m.default) || m;
  if (!plugin || typeof plugin !== 'object') throw new Error('the module must export default { name, hooks: { ... } }');
  if (!plugin.hooks || typeof plugin.hooks !== 'object') throw new Error('the plugin has no hooks object');
  for (const [name, fn] of Object.entries(plugin.hooks)) if (typeof fn !== 'function') throw new Error('hook ' + name + ' is not a function');
  globalThis.__kefu_plugin = plugin;
  return JSON.stringify({ name: plugin.name, version: plugin.version, description: plugin.description, order: plugin.order, settings: plugin.settings, hooks: Object.keys(plugin.hooks) });
};
globalThis.__kefu_call = (hook, json) => {
  const { input, conversation, settings } = JSON.parse(json);
  const actions = [];
  const ctx = Object.freeze({
    conversation: Object.freeze(conversation),
    settings: Object.freeze(settings),
    addTag: (name) => { actions.push({ kind: 'addTag', name: String(name) }); },
    sendSystemMessage: (body) => { actions.push({ kind: 'systemMessage', body: String(body) }); },
    log: (message) => { actions.push({ kind: 'log', message: String(message) }); },
    http: (url, request) => { actions.push({ kind: 'http', url: String(url), request: request === undefined ? undefined : JSON.parse(JSON.stringify(request)) }); },
  });
  const result = globalThis.__kefu_plugin.hooks[hook](input, ctx);
  if (result && typeof result.then === 'function') throw new Error('hooks must be synchronous: return the result, not a promise (queue slow work with ctx.http)');
  return JSON.stringify({ result: result === undefined ? null : result, actions });
};
${'`'};

// The error's message and where in the plugin it was thrown (file:line:column), not the sandbox's frames.
function describe(error, filename) {
  const text = error && error.message !== undefined ? String(error.message) : String(error);
  const stack = error && typeof error.stack === 'string' ? error.stack.split('\n') : [];
  const frame = stack.find((line) => line.trim().startsWith('at ') && line.includes(filename));
  const where = frame ? frame.trim().replace(/^at /, '').replace(/^.*\((.*)\)$/, '$1') : '';
  return where ? text + ' (at ' + where + ')' : text;
}

parentPort.on('message', (message) => {
  const { id } = message;
  let filename = message.filename;
  Atomics.store(running, 1, BigInt(Date.now()));
  Atomics.store(running, 0, BigInt(id));
  try {
    if (message.type === 'load') {
      const context = vm.createContext({}, { name: message.name, codeGeneration: { strings: false, wasm: false } });
      vm.runInContext(PRELUDE, context);
      context.kefu = vm.runInContext('JSON.parse', context)(JSON.stringify({ files: message.files }));
      vm.runInContext(message.code, context, { filename: message.filename });
      const manifest = vm.runInContext('__kefu_describe', context)();
      plugins.set(message.key, { call: vm.runInContext('__kefu_call', context), filename: message.filename });
      parentPort.postMessage({ id, value: manifest });
    } else if (message.type === 'unload') {
      plugins.delete(message.key);
      parentPort.postMessage({ id, value: null });
    } else {
      const plugin = plugins.get(message.key);
      if (!plugin) throw new Error('plugin not loaded in the sandbox');
      filename = plugin.filename;
      parentPort.postMessage({ id, value: plugin.call(message.hook, message.json) });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: describe(error, filename) });
  }
});
`;
