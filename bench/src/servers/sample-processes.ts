// Server cost from /proc: CPU ticks (utime + stime) and RSS of every process of a server
// (primary and cluster workers), plus kernel slab memory (socket structures live there). The main
// thread of each process (its event loop) is read apart: threads (Kefu's SQLite checkpoints, V8's
// GC helpers) run on the other core, so the busiest event loop, not the total, is what saturates.
// The whole box's steal time is read too: CPU the hypervisor gave to other guests, which a load
// average does not show and which slows every process of a run alike.
import { readFileSync } from 'node:fs';

const TICKS_PER_SEC = 100; // getconf CLK_TCK on Linux

export interface UsageMark {
  atMs: number;
  cpuSec: number;
  box: BoxTicks;
  /** CPU seconds of each process's main thread, by pid. */
  mainThreadCpuSec: Map<number, number>;
}

export interface ProcessUsage {
  processes: number;
  rssBytes: number;
  /** CPU seconds used so far by the processes alive now. */
  cpuSec: number;
}

export function readProcessUsage(pids: number[]): ProcessUsage {
  let rssBytes = 0;
  let ticks = 0;
  let processes = 0;
  for (const pid of pids) {
    try {
      ticks += readCpuTicks(`/proc/${pid}/stat`);
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      rssBytes += Number(rss?.[1] ?? 0) * 1024;
      processes++;
    } catch {
      continue; // the process exited between listing and reading
    }
  }
  return { processes, rssBytes, cpuSec: ticks / TICKS_PER_SEC };
}

function readCpuTicks(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function readMainThreadCpuSec(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      out.set(pid, readCpuTicks(`/proc/${pid}/task/${pid}/stat`) / TICKS_PER_SEC);
    } catch {
      continue; // the process exited between listing and reading
    }
  }
  return out;
}

interface BoxTicks {
  total: number;
  steal: number;
}

/** The box's CPU ticks so far, all cores together: /proc/stat's first line. */
function readBoxTicks(): BoxTicks {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal (guest time is already counted in user).
  const ticks = fields.slice(0, 8).map(Number);
  return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
}

export function markUsage(pids: number[]): UsageMark {
  return { atMs: performance.now(), cpuSec: readProcessUsage(pids).cpuSec, box: readBoxTicks(), mainThreadCpuSec: readMainThreadCpuSec(pids) };
}

/** Share of the box's CPU time since `mark` that the hypervisor gave to other guests (0–1). */
export function stealSince(mark: UsageMark): number {
  const now = readBoxTicks();
  const total = now.total - mark.box.total;
  return total > 0 ? (now.steal - mark.box.steal) / total : 0;
}

/** The busiest main thread since `mark`, in cores: near 1 means that event loop is the limit. */
export function busiestEventLoopSince(pids: number[], mark: UsageMark): number {
  const seconds = (performance.now() - mark.atMs) / 1000;
  if (seconds <= 0) return 0;
  let busiest = 0;
  for (const [pid, cpuSec] of readMainThreadCpuSec(pids)) busiest = Math.max(busiest, (cpuSec - (mark.mainThreadCpuSec.get(pid) ?? cpuSec)) / seconds);
  return busiest;
}

/** Average cores used since `mark`. */
export function coresSince(pids: number[], mark: UsageMark): number {
  const seconds = (performance.now() - mark.atMs) / 1000;
  return seconds > 0 ? (readProcessUsage(pids).cpuSec - mark.cpuSec) / seconds : 0;
}

export function readSlabBytes(): number {
  const match = /Slab:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}
