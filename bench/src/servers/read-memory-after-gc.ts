// What a Kefu server holds, without its uncollected garbage: SIGUSR2 to every process makes each
// run a full GC and log its heap (src/gc-on-signal.ts; the bench starts Kefu with --expose-gc),
// and RSS is read from /proc right after that line.
import { MEMORY_AFTER_GC_MESSAGE } from '../../../src/gc-on-signal.ts';
import { readProcessUsage } from './sample-processes.ts';

export interface ProcessMemory {
  pid: number;
  rssBytes: number;
  heapUsedBytes: number;
}

export interface MemoryAfterGc {
  processes: ProcessMemory[];
  rssBytes: number;
  heapUsedBytes: number;
}

interface GcReportingServer {
  pids(): number[];
  onLine(listener: (line: string) => void): () => void;
}

export async function readMemoryAfterGc(server: GcReportingServer, timeoutMs = 30_000): Promise<MemoryAfterGc> {
  const pids = server.pids();
  const heapByPid = new Map<number, number>();
  const reported = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`bench: ${pids.length - heapByPid.size} of ${pids.length} server processes did not log "${MEMORY_AFTER_GC_MESSAGE}" within ${timeoutMs} ms: is the server started with --expose-gc?`));
    }, timeoutMs);
    const stop = server.onLine((line) => {
      if (!line.includes(MEMORY_AFTER_GC_MESSAGE)) return;
      const { pid, heapUsedBytes } = JSON.parse(line) as { pid: number; heapUsedBytes: number };
      heapByPid.set(pid, heapUsedBytes);
      if (pids.every((p) => heapByPid.has(p))) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  await reported;
  const processes = pids.map((pid) => ({ pid, rssBytes: readProcessUsage([pid]).rssBytes, heapUsedBytes: heapByPid.get(pid)! }));
  return { processes, rssBytes: sum(processes.map((p) => p.rssBytes)), heapUsedBytes: sum(processes.map((p) => p.heapUsedBytes)) };
}

const sum = (values: number[]) => values.reduce((n, v) => n + v, 0);
