// The live status line on stderr while a run goes: phase, sockets subscribed, deliveries/s,
// p99 of the last second, server CPU and RSS, load-generator CPU. Redrawn in place on a TTY,
// one line every 5 s otherwise (CI logs).
import type { ClientPool } from '../load/client-pool.ts';
import { readProcessUsage } from '../servers/sample-processes.ts';

export interface ProgressDisplay {
  phase(text: string): void;
  watchServer(pids: (() => number[]) | null): void;
  watchClients(pool: ClientPool | null): void;
  /** A permanent line above the status line. */
  log(line: string): void;
  close(): void;
}

export function createProgressDisplay(stream: NodeJS.WriteStream = process.stderr, isQuiet = false): ProgressDisplay {
  const isTty = stream.isTTY === true;
  let phase = '';
  let serverPids: (() => number[]) | null = null;
  let pool: ClientPool | null = null;
  let last = { at: performance.now(), serverCpuSec: 0, clientCpuUs: 0, deliveries: 0 };
  let tick = 0;
  let shown = '';

  const render = () => {
    const now = performance.now();
    const seconds = (now - last.at) / 1000;
    const server = serverPids ? readProcessUsage(serverPids()) : null;
    const samples = pool?.progress() ?? [];
    const sum = (pick: (s: (typeof samples)[number]) => number) => samples.reduce((n, s) => n + pick(s), 0);
    const deliveries = sum((s) => s.deliveries);
    const clientCpuUs = sum((s) => s.cpuUs);
    const parts = [phase];
    if (pool) parts.push(`subscribed ${sum((s) => s.subscribed)}`, `${Math.round((deliveries - last.deliveries) / seconds)} deliv/s`, `p99 ${Math.max(0, ...samples.map((s) => s.intervalP99Ms)).toFixed(1)} ms`);
    if (server) parts.push(`server ${((server.cpuSec - last.serverCpuSec) / seconds).toFixed(2)} cores ${(server.rssBytes / 2 ** 20).toFixed(0)} MB`);
    if (pool) parts.push(`load gen ${((clientCpuUs - last.clientCpuUs) / 1e6 / seconds).toFixed(2)} cores`);
    last = { at: now, serverCpuSec: server?.cpuSec ?? 0, clientCpuUs, deliveries };
    shown = parts.join(' | ');
    if (isQuiet) return;
    if (isTty) stream.write(`\r\x1b[K${shown}`);
    else if (tick++ % 5 === 0) stream.write(`${shown}\n`);
  };
  const timer = setInterval(render, 1000);
  timer.unref();

  return {
    phase(text) {
      if (!isQuiet && isTty) stream.write(`\r\x1b[K${text}`);
      else if (!isQuiet && text !== phase) stream.write(`${text}\n`);
      phase = text;
    },
    watchServer(pids) {
      serverPids = pids;
      last.serverCpuSec = pids ? readProcessUsage(pids()).cpuSec : 0;
    },
    watchClients(next) {
      pool = next;
      last.clientCpuUs = 0;
      last.deliveries = 0;
    },
    log(line) {
      if (!isQuiet) stream.write(`${isTty ? '\r\x1b[K' : ''}${line}\n`);
    },
    close() {
      clearInterval(timer);
      if (!isQuiet && isTty) stream.write('\r\x1b[K');
    },
  };
}
