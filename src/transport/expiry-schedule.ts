// Runs something for each item when its time comes, with one timer for all of them: items are
// grouped by the second they expire (tokens carry `exp` in whole seconds), and the timer waits for
// the earliest group. A timer, its closures and Node's timer list per socket cost ≈ 0.5 KB each on
// tens of thousands of idle sockets. setTimeout fires at once for delays past ~24.8 days
// (2^31 − 1 ms), and tokens live up to 30 days, so long waits are chained.
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface ExpirySchedule<T> {
  /** Schedules `item` for `atMs` (at once if that has passed); `atMs` is also what delete() takes. */
  add(item: T, atMs: number): void;
  delete(item: T, atMs: number): void;
}

export function createExpirySchedule<T>(onExpired: (item: T) => void): ExpirySchedule<T> {
  const bySecond = new Map<number, Set<T>>();
  let timer: NodeJS.Timeout | null = null;
  let armedSecond = Infinity;

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    armedSecond = Infinity;
    for (const second of bySecond.keys()) armedSecond = Math.min(armedSecond, second);
    if (armedSecond === Infinity) return;
    timer = setTimeout(fire, Math.min(Math.max(armedSecond * 1000 - Date.now(), 0), MAX_DELAY_MS));
    timer.unref();
  };

  const fire = () => {
    const nowSecond = Date.now() / 1000;
    for (const [second, items] of bySecond) {
      if (second > nowSecond) continue;
      bySecond.delete(second);
      for (const item of items) onExpired(item);
    }
    arm();
  };

  return {
    add(item, atMs) {
      if (atMs <= Date.now()) return onExpired(item);
      const second = Math.ceil(atMs / 1000);
      let items = bySecond.get(second);
      if (!items) bySecond.set(second, (items = new Set()));
      items.add(item);
      if (second < armedSecond) arm();
    },
    delete(item, atMs) {
      const second = Math.ceil(atMs / 1000);
      const items = bySecond.get(second);
      if (!items?.delete(item) || items.size > 0) return;
      bySecond.delete(second);
      if (second === armedSecond) arm();
    },
  };
}
