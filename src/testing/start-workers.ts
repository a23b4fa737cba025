// `kefu start --workers N` as a user runs it, for tests of what crosses worker processes: waits
// until every worker serves, and opens one socket on each worker.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.ts';
import { openAckedSocket, type RawSocket } from './raw-ws.ts';
import { waitUntil } from './wait-until.ts';

export interface WorkersServer {
  url: string;
  wsUrl: string;
  /** The cluster primary's pid. */
  pid: number;
  /** Everything the processes have logged so far. */
  output(): string;
  /** SIGTERM, resolving to the exit code (0 after a clean drain). */
  stop(): Promise<number | null>;
}

export async function startWorkers(workers: number, env: Record<string, string>): Promise<WorkersServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/kefu.mjs', 'start', '--workers', String(workers), '--port', String(port)], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: { PATH: process.env.PATH ?? '', KEFU_HTTP_HOST: '127.0.0.1', KEFU_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Every worker logs "kefu listening" once it serves; several start slowly on two cores.
  await waitUntil(async () => output.split('"msg":"kefu listening"').length - 1 === workers, `${workers} workers listening`, 80_000);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    output: () => output,
    stop: () => (child.kill('SIGTERM'), exited),
  };
}

/** Connections are spread over the workers (round-robin): opens acknowledged sockets until each worker holds one. `all` includes the extra ones, for closing. */
export async function openSocketPerWorker(wsUrl: string, token: string, workers: number): Promise<{ byWorker: Map<string, RawSocket>; all: RawSocket[] }> {
  const byWorker = new Map<string, RawSocket>();
  const all: RawSocket[] = [];
  for (let attempt = 0; attempt < 15 * workers && byWorker.size < workers; attempt++) {
    const socket = await openAckedSocket(wsUrl, token);
    all.push(socket);
    const worker = String(socket.headers['x-kefu-worker']);
    if (!byWorker.has(worker)) byWorker.set(worker, socket);
  }
  return { byWorker, all };
}
