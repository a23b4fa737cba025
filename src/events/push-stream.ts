// A subscription source that can also hand its items to a callback as they happen, so a consumer
// that writes them straight out (transport/shared-execution.ts) needs no pending next() per item
// and no async loop per subscriber. Any other consumer iterates it as an ordinary async iterator.

export const ATTACH_SINK = Symbol('kefu.attachSink');

export interface PushSink<T> {
  /** An item, in order. A throw ends the source with that error. */
  next(item: T): void;
  /** The source ended (with an error, or undefined when done); no call follows. */
  end(error?: Error): void;
}

export interface PushStream<T> extends AsyncGenerator<T> {
  /** From now on items go to `sink` (those already waiting first) instead of next(); return() still stops the source. */
  [ATTACH_SINK](sink: PushSink<T>): void;
}

export function isPushStream<T>(value: AsyncIterable<T>): value is PushStream<T> {
  return typeof (value as Partial<PushStream<T>>)[ATTACH_SINK] === 'function';
}
