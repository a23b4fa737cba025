// setTimeout fires at once for delays past ~24.8 days (2^31 − 1 ms), and tokens live up to 30 days,
// so long waits are chained. Returns the cancel function.
const MAX_DELAY_MS = 2 ** 31 - 1;

export function scheduleAt(atMs: number, run: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const delay = atMs - Date.now();
    if (delay <= 0) return run();
    timer = setTimeout(delay > MAX_DELAY_MS ? arm : run, Math.min(delay, MAX_DELAY_MS));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
