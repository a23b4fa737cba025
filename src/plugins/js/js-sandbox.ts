// The main thread's side of the JS plugin sandbox thread: request/response by id, a timer per
// request, and when a request overruns its budget the thread is terminated (the only way to stop
// a synchronous loop) and a fresh one is started with every loaded plugin sent to it again.
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../log.ts';
import { HookTimeoutError } from '../plugin-runtime.ts';
import { SANDBOX_WORKER_SOURCE } from './sandbox-worker-source.ts';

export interface LoadMessage {
  type: 'load';
  key: string;
  name: string;
  filename: string;
  code: string;
  files: Record<string, string>;
}

interface Pending {
  resolve(value: string | null): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export interface JsSandbox {
  /** Loads a compiled plugin; resolves with its JSON manifest. */
  load(message: Omit<LoadMessage, 'type'>, budgetMs: number): Promise<string>;
  unload(key: string): void;
  /** Runs one hook; resolves with the JSON of { result, actions }. */
  call(key: string, hook: string, json: string, budgetMs: number): Promise<string>;
  /** Times the thread was replaced after an overrun or a crash. */
  readonly restarts: number;
  close(): Promise<void>;
}

export function createJsSandbox(log: Logger): JsSandbox {
  const loaded = new Map<string, LoadMessage>();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let restarts = 0;
  let isClosed = false;
  // [id of the call the thread is running, when it started (ms)], written by the thread.
  let running = new BigInt64Array(new SharedArrayBuffer(16));
  let worker = start();

  function start(): Worker {
    running = new BigInt64Array(new SharedArrayBuffer(16));
    running[0] = -1n;
    const thread = new Worker(SANDBOX_WORKER_SOURCE, { eval: true, workerData: { running: running.buffer }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    thread.unref();
    thread.on('message', (message: { id: number; value?: string | null; error?: string }) => {
      const request = pending.get(message.id);
      if (!request) return;
      pending.delete(message.id);
      clearTimeout(request.timer);
      if (message.error !== undefined) request.reject(new Error(message.error));
      else request.resolve(message.value ?? null);
    });
    thread.on('error', (error) => {
      log.error({ err: error }, 'the plugin sandbox thread failed; starting a new one');
      if (thread === worker) restart(new Error(`the plugin sandbox thread failed: ${error.message}`));
    });
    for (const message of loaded.values()) thread.postMessage({ ...message, id: -1 });
    return thread;
  }

  function restart(reason: Error): void {
    if (isClosed) return;
    const old = worker;
    restarts++;
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      request.reject(reason);
      pending.delete(id);
    }
    worker = start();
    void old.terminate();
  }

  function request(message: object, budgetMs: number): Promise<string | null> {
    if (isClosed) return Promise.reject(new Error('the plugin sandbox is closed'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      // Past the budget since sending: stop the thread only if this call has itself been running
      // for the budget; if it is still queued (a busy box, calls ahead of it), wait on.
      const check = () => {
        const request = pending.get(id);
        if (!request) return;
        const startedAt = Atomics.load(running, 0) === BigInt(id) ? Number(Atomics.load(running, 1)) : Date.now();
        const left = startedAt + budgetMs - Date.now();
        if (left > 0) {
          request.timer = setTimeout(check, left);
          return;
        }
        pending.delete(id);
        request.reject(new HookTimeoutError(budgetMs));
        restart(new Error('the plugin sandbox was restarted after another hook overran its budget'));
      };
      pending.set(id, { resolve, reject, timer: setTimeout(check, budgetMs) });
      worker.postMessage({ ...message, id });
    });
  }

  return {
    async load(message, budgetMs) {
      const full: LoadMessage = { type: 'load', ...message };
      const manifest = await request(full, budgetMs);
      loaded.set(message.key, full);
      return manifest!;
    },
    unload(key) {
      if (!loaded.delete(key) || isClosed) return;
      worker.postMessage({ type: 'unload', key, id: -1 });
    },
    async call(key, hook, json, budgetMs) {
      return (await request({ type: 'call', key, hook, json }, budgetMs))!;
    },
    get restarts() {
      return restarts;
    },
    async close() {
      isClosed = true;
      for (const request of pending.values()) clearTimeout(request.timer);
      pending.clear();
      await worker.terminate();
    },
  };
}
