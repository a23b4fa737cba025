// What a Kefu server holds, without its uncollected garbage: SIGUSR2 to every process makes each
// run a full GC and log its heap (src/gc-on-signal.ts; the bench starts Kefu with --expose-gc),
// and RSS is read from /proc right after that line.
import { MEMORY_AFTER_GC_MESSAGE } from '../../../src/gc-on-signal.ts';
import { readProcessUsage } from './sample-processes.ts';

export interface ProcessMemory {
  pid: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** The V8 heap's reserved size: what it holds plus the free room it keeps after the GC. */
  heapTotalBytes: number;
  /** Memory outside the V8 heap that JavaScript objects hold (Buffers, native objects). */
  externalBytes: number;
}

type HeapReport = Omit<ProcessMemory, 'pid' | 'rssBytes'>;

export interface MemoryAfterGc {
  processes: ProcessMemory[];
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
}

interface GcReportingServer {
  pids(): number[];
  onLine(listener: (line: string) => void): () => void;
}

export async function readMemoryAfterGc(server: GcReportingServer, timeoutMs = 30_000): Promise<MemoryAfterGc> {
  const pids = server.pids();
  const heapByPid = new Map<number, HeapReport>();
  const reported = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`bench: ${pids.length - heapByPid.size} of ${pids.length} server processes did not log "${MEMORY_AFTER_GC_MESSAGE}" within ${timeoutMs} ms: is the server started with --expose-gc?`));
    }, timeoutMs);
    const stop = server.onLine((line) => {
      if (!line.includes(MEMORY_AFTER_GC_MESSAGE)) return;
      const { pid, heapUsedBytes, heapTotalBytes, externalBytes } = JSON.parse(line) as HeapReport & { pid: number };
      heapByPid.set(pid, { heapUsedBytes, heapTotalBytes, externalBytes });
      if (pids.every((p) => heapByPid.has(p))) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  await reported;
  const processes = pids.map((pid) => ({ pid, rssBytes: readProcessUsage([pid]).rssBytes, ...heapByPid.get(pid)! }));
  const total = (field: keyof Omit<ProcessMemory, 'pid'>) => processes.reduce((n, p) => n + p[field], 0);
  return { processes, rssBytes: total('rssBytes'), heapUsedBytes: total('heapUsedBytes'), heapTotalBytes: total('heapTotalBytes'), externalBytes: total('externalBytes') };
}
