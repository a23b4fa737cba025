// A private redis-server on a random loopback port for kill/restart tests (never the shared 6379).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.ts';
import { Redis } from 'ioredis';

export interface PrivateRedis {
  url: string;
  port: number;
  /** SIGKILL: everything in flight is lost, as in a crash. */
  kill(): Promise<void>;
  /** Starts again on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

// Servers still running when the test process exits (a crash, a timeout, SIGINT) die with it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const proc of running) proc.kill('SIGKILL');
});

/** Starts redis-server with `args` (no persistence) and resolves once its log shows `ready` (a Sentinel logs no "Ready to accept"). */
export function launchRedisServer(args: string[], ready = 'Ready to accept connections'): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn('redis-server', [...args, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(proc);
    proc.once('exit', () => running.delete(proc));
    let output = '';
    proc.stdout!.on('data', (d) => {
      output += d;
      if (output.includes(ready)) resolve(proc);
    });
    proc.once('exit', (code) => reject(new Error(`redis-server ${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

/** SIGKILL, and wait for the exit. */
export async function killProcess(proc: ChildProcess | null): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await exited;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = async () => void (child = await launchRedisServer(['--port', String(port), '--bind', '127.0.0.1']));
  const kill = () => killProcess(child);
  await launch();
  return { url: `redis://127.0.0.1:${port}`, port, kill, restart: launch, close: kill };
}

/** One command on a fresh connection to host:port (for probing servers a test controls). */
export async function redisCommand({ host, port }: { host: string; port: number }, ...args: string[]): Promise<unknown> {
  const client = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return await client.call(args[0]!, ...args.slice(1));
  } finally {
    client.disconnect();
  }
}
