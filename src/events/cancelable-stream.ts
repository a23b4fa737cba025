// An async generator cannot be stopped while it awaits (its return() waits for the next yield),
// so an idle subscription would keep its bus listener until the next event. This wraps a
// generator so that return() first cancels the wait (the signal closes the generator's queue).

export function createCancelableStream<T>(generate: (signal: AbortSignal) => AsyncGenerator<T>): AsyncGenerator<T> {
  const controller = new AbortController();
  const inner = generate(controller.signal);
  const stream: AsyncGenerator<T> = {
    next: () => inner.next(),
    return(value?: unknown) {
      controller.abort();
      return inner.return(value as T);
    },
    throw(error?: unknown) {
      controller.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => stream,
  } as AsyncGenerator<T>;
  return stream;
}
