// Starts a server under test as a child process, waits until it says it listens (`readyCount`
// stdout lines matching `readyPattern`, e.g. one per cluster worker), and stops it with SIGTERM.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface SpawnedServer {
  port: number;
  /** The root process and its children (cluster workers). */
  pids(): number[];
  /** Calls `listener` with every later stdout line of the server (every process); returns the unsubscribe. */
  onLine(listener: (line: string) => void): () => void;
  close(): Promise<void>;
}

export interface SpawnOptions {
  args: string[];
  env: Record<string, string>;
  port: number;
  readyPattern: RegExp;
  readyCount: number;
  timeoutMs?: number;
}

export function listProcessTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return [pid, ...children.flatMap(listProcessTree)];
}

export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const child = spawn(process.execPath, options.args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (line: string) => (tail.push(line), tail.length > 20 && tail.shift());
  const lineListeners = new Set<(line: string) => void>();
  let readyLines = 0;
  const ready = new Promise<void>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        keep(line);
        for (const listener of lineListeners) listener(line);
        if (options.readyPattern.test(line) && ++readyLines === options.readyCount) resolve();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => keep(chunk.toString().trimEnd()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready:\n${tail.join('\n')}`)));
    setTimeout(() => reject(new Error(`server not ready after ${options.timeoutMs ?? 60_000} ms:\n${tail.join('\n')}`)), options.timeoutMs ?? 60_000).unref();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the runner dies (Ctrl-C, timeout), the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  try {
    await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    port: options.port,
    pids: () => listProcessTree(child.pid!),
    onLine(listener) {
      lineListeners.add(listener);
      return () => lineListeners.delete(listener);
    },
    async close() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
