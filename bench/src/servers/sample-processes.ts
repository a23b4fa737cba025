// Server cost from /proc: CPU ticks (utime + stime) and RSS of every process of a server
// (primary and cluster workers), plus kernel slab memory (socket structures live there).
import { readFileSync } from 'node:fs';

const TICKS_PER_SEC = 100; // getconf CLK_TCK on Linux

export interface UsageMark {
  atMs: number;
  cpuSec: number;
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
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      rssBytes += Number(rss?.[1] ?? 0) * 1024;
      processes++;
    } catch {
      continue; // the process exited between listing and reading
    }
  }
  return { processes, rssBytes, cpuSec: ticks / TICKS_PER_SEC };
}

export function markUsage(pids: number[]): UsageMark {
  return { atMs: performance.now(), cpuSec: readProcessUsage(pids).cpuSec };
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
