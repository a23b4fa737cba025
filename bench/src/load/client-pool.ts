// The runner's side of the load generator: forks client processes (node:child_process), each
// with its own 127.0.0.x source address (≈28k ephemeral ports per address) and at most
// MAX_SOCKETS_PER_PROCESS sockets (the fd limit here is 20,000 per process), splits the
// conversations between them, broadcasts commands and adds up their answers.
import { benchSourceFile } from '../bench-source-file.ts';
import { fork, type ChildProcess } from 'node:child_process';
import type { AccountingReport, ClientCommand, ClientReply, ConnectResult, ConversationPlan, ProgressSample, SendResult, StormResult } from './client-protocol.ts';

export const MAX_SOCKETS_PER_PROCESS = 19_500;

export interface ClientPool {
  processes: number;
  pids(): number[];
  /** The latest progress sample of every process. */
  progress(): ProgressSample[];
  connect(options: { connectsPerSec: number; maxPending: number; timeoutMs: number }): Promise<ConnectResult[]>;
  send(options: { messagesPerSec: number; durationMs: number; drainTimeoutMs: number }): Promise<SendResult[]>;
  storm(options: { fraction: number; jitterMs: number; timeoutMs: number }): Promise<StormResult[]>;
  report(): Promise<AccountingReport[]>;
  close(): Promise<void>;
}

export function planProcessCount(connections: number, requested: number): number {
  return Math.max(requested, Math.ceil(connections / MAX_SOCKETS_PER_PROCESS));
}

export async function createClientPool(urls: string[], conversations: ConversationPlan[], processCount: number): Promise<ClientPool> {
  const shares: ConversationPlan[][] = Array.from({ length: processCount }, () => []);
  conversations.forEach((c, i) => shares[i % processCount]!.push(c));
  const entry = benchSourceFile('./client-process.ts', import.meta.url);
  const samples: ProgressSample[] = [];
  let readyCount = 0;
  let onReady!: () => void;
  const allReady = new Promise<void>((resolve) => (onReady = resolve));
  const waiters = new Map<string, { results: unknown[]; resolve: (r: unknown[]) => void; reject: (e: Error) => void }>();
  const children: ChildProcess[] = shares.map((share, i) => {
    const child = fork(entry, [], { execArgv: ['--import', 'tsx', '--max-old-space-size=4096'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.send({ urls, localAddress: `127.0.0.${10 + i}`, conversations: share });
    child.on('message', (message: ClientReply) => {
      if (message.type === 'ready') {
        if (++readyCount === processCount) onReady();
      } else if (message.type === 'progress') samples[i] = message.sample;
      else if (message.type === 'fatal') for (const w of waiters.values()) w.reject(new Error(`client process ${i}: ${message.message}`));
      else {
        const waiter = waiters.get(message.cmd);
        waiter?.results.push(message.result);
        if (waiter && waiter.results.length === children.length) {
          waiters.delete(message.cmd);
          waiter.resolve(waiter.results);
        }
      }
    });
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) for (const w of waiters.values()) w.reject(new Error(`client process ${i} exited with ${code}`));
    });
    return child;
  });

  await allReady;
  const broadcast = <T>(command: ClientCommand | ((i: number) => ClientCommand)): Promise<T[]> => {
    const name = (typeof command === 'function' ? command(0) : command).cmd;
    const done = new Promise<unknown[]>((resolve, reject) => waiters.set(name, { results: [], resolve, reject }));
    children.forEach((child, i) => child.send(typeof command === 'function' ? command(i) : command));
    return done as Promise<T[]>;
  };

  return {
    processes: processCount,
    pids: () => children.map((c) => c.pid!).filter(Boolean),
    progress: () => samples.filter(Boolean),
    connect: (o) => broadcast<ConnectResult>({ cmd: 'connect', connectsPerSec: o.connectsPerSec / processCount, maxPending: o.maxPending, timeoutMs: o.timeoutMs }),
    send: (o) =>
      broadcast<SendResult>((i) => ({
        cmd: 'send',
        messagesPerSec: (o.messagesPerSec * shares[i]!.length) / conversations.length,
        durationMs: o.durationMs,
        drainTimeoutMs: o.drainTimeoutMs,
      })),
    storm: (o) => broadcast<StormResult>({ cmd: 'storm', ...o }),
    report: () => broadcast<AccountingReport>({ cmd: 'report' }),
    async close() {
      await Promise.race([broadcast({ cmd: 'close' }), new Promise((r) => setTimeout(r, 5000))]);
      await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => (c.once('exit', r), c.kill())))));
    },
  };
}
