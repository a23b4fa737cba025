// Kefu as a real child process (`kefu start`), for multi-process and restart tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { freePort } from './free-port.ts';
import { BOT_MODEL_CACHE_DIR } from './start-test-app.ts';
import { waitUntil } from './wait-until.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface ServerProcess {
  port: number;
  url: string;
  wsUrl: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM and wait for exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Where a server runs: another network namespace (a separate "machine", testing/netns.ts) and the address it is reached at. */
export interface Placement {
  netns: string;
  address: string;
}

/** Which worker answered /ready, on a fresh connection each time (the primary spreads new connections). */
function readyWorker(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      resolve(String(res.headers['x-kefu-worker']));
    }).once('error', reject);
  });
}

/** Starts `kefu start` with the given KEFU_* / DATABASE_URL / REDIS_URL env and waits for /ready. */
export async function spawnServer(env: Record<string, string>, args: string[] = [], port?: number, placement?: Placement): Promise<ServerProcess> {
  const listenPort = port ?? (await freePort());
  let output = '';
  // One process unless the test asks for more (the default, one per CPU, doubles every test's processes).
  const workers = args.includes('--workers') ? [] : ['--workers', '1'];
  const command = [process.execPath, 'bin/kefu.mjs', 'start', '--port', String(listenPort), ...workers, ...args];
  // `ip netns exec` execs the command in place, so the child's pid is Kefu's (signals reach it).
  const [file, ...argv] = placement ? ['ip', 'netns', 'exec', placement.netns, ...command] : command;
  const host = placement?.address ?? '127.0.0.1';
  const child = spawn(file!, argv, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', KEFU_HTTP_HOST: host, KEFU_LOG_LEVEL: 'warn', KEFU_BOT_ENABLED: 'false', KEFU_BOT_MODEL_CACHE_DIR: BOT_MODEL_CACHE_DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://${host}:${listenPort}`;
  await Promise.race([
    waitUntil(async () => (await fetch(`${base}/ready`)).status === 200, `kefu on port ${listenPort}`),
    exited.then((code) => {
      throw new Error(`kefu exited with ${code} before it was ready:\n${output}`);
    }),
  ]);
  // /ready answers once the first worker listens; tests that spread sockets over the workers need
  // them all (a second worker can start seconds later on two busy cores).
  const workerCount = Number(args[args.indexOf('--workers') + 1] ?? 1);
  if (args.includes('--workers') && workerCount > 1) {
    const seen = new Set<string>();
    await waitUntil(async () => seen.add(await readyWorker(`${base}/ready`)).size >= workerCount, `${workerCount} workers serving on port ${listenPort}`, 60_000);
  }
  return {
    port: listenPort,
    url: `${base}/graphql`,
    wsUrl: `ws://${host}:${listenPort}/graphql`,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
