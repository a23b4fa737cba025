// A bounded push → async-iterate queue between a bus listener and a subscription generator.
// Overflow ends the stream with an error instead of growing memory (slow consumer).

export interface AsyncQueue<T> {
  push(item: T): void;
  /** Next item, or undefined once the queue is closed and drained. */
  next(): Promise<T | undefined>;
  close(error?: Error): void;
}

export function createAsyncQueue<T>(maxItems: number, overflowError: () => Error): AsyncQueue<T> {
  const items: T[] = [];
  let waiter: ((item: T | undefined) => void) | null = null;
  let closed = false;
  let failure: Error | undefined;

  const queue: AsyncQueue<T> = {
    push(item) {
      if (closed) return;
      if (waiter) {
        const w = waiter;
        waiter = null;
        w(item);
        return;
      }
      if (items.length >= maxItems) {
        queue.close(overflowError());
        return;
      }
      items.push(item);
    },
    async next() {
      if (items.length > 0) return items.shift();
      if (failure) throw failure;
      if (closed) return undefined;
      return new Promise<T | undefined>((resolve) => (waiter = resolve)).then((item) => {
        if (item === undefined && failure) throw failure;
        return item;
      });
    },
    close(error) {
      if (closed) return;
      closed = true;
      failure = error;
      if (waiter) {
        const w = waiter;
        waiter = null;
        w(undefined);
      }
    },
  };
  return queue;
}
