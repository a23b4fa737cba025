// Memory measurement without a debugger: a process started with `node --expose-gc` runs a full
// garbage collection on SIGUSR2 and logs its heap and RSS afterwards, so what it holds can be told
// from garbage not yet collected (the bench's connections scenario reads this line from every
// server process). Without --expose-gc nothing is installed and SIGUSR2 keeps its default.
import type { Logger } from './log.ts';

export const MEMORY_AFTER_GC_MESSAGE = 'memory after a forced GC';

export function logMemoryOnSignal(log: Logger): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  process.on('SIGUSR2', () => {
    // Twice, with a turn between: the first collection queues finalizers and weak callbacks
    // whose objects the second one frees.
    gc();
    setImmediate(() => {
      gc();
      const { heapUsed, heapTotal, external, arrayBuffers, rss } = process.memoryUsage();
      // pid comes with every log line (log.ts), so the bench can tell the processes apart.
      log.info({ heapUsedBytes: heapUsed, heapTotalBytes: heapTotal, externalBytes: external, arrayBuffersBytes: arrayBuffers, rssBytes: rss }, MEMORY_AFTER_GC_MESSAGE);
    });
  });
}
