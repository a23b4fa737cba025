// Per socket: swaps graphql-ws's `next` frame for one built around an already serialised payload.
// graphql-ws stringifies {id, type, payload} itself; for a shared result onNext hands it a tiny
// placeholder payload, and send() replaces that exact placeholder frame with the real one, so the
// payload JSON is produced once for all sockets and never re-serialised per subscriber.

const PLACEHOLDER = Object.freeze({ data: null, extensions: Object.freeze({ kefuSharedFrame: true }) });
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

export interface SharedFrames {
  /** Remembers the frame for operation `id`; returns the placeholder payload onNext must return. */
  register(id: string, payloadJson: string): typeof PLACEHOLDER;
  /** The real frame when `data` is a registered placeholder frame, else `data` unchanged. */
  take(data: string): string;
}

export function createSharedFrames(): SharedFrames {
  const pending = new Map<string, string>();
  return {
    register(id, payloadJson) {
      const idJson = JSON.stringify(id);
      // Same key order as graphql-ws's stringifyMessage({ id, type, payload }).
      pending.set(`{"id":${idJson},"type":"next","payload":${PLACEHOLDER_JSON}}`, `{"id":${idJson},"type":"next","payload":${payloadJson}}`);
      return PLACEHOLDER;
    },
    take(data) {
      if (pending.size === 0) return data;
      const frame = pending.get(data);
      if (frame === undefined) return data;
      pending.delete(data);
      return frame;
    },
  };
}
