// A subscription result serialised once and written into every subscriber's own `next` frame.
// graphql-ws builds each frame as JSON.stringify({ id, type: 'next', payload }) and passes the
// text to socket.send() in the same synchronous step. A SharedPayload returned from onNext
// serialises as a placeholder and, from that same toJSON() call, hands its JSON over to take(),
// which the socket's send() calls next and which swaps the placeholder for the payload. The
// hand-over holds one payload between those two synchronous calls only; anything else (a second
// hand-over, a frame that does not end with the placeholder) throws, so a shared payload can
// neither be dropped nor land in another frame, and the placeholder never reaches a client.
import type { ExecutionResult } from 'graphql';

const PLACEHOLDER = Object.freeze({ kefuSharedPayload: true });
// graphql-ws writes the keys in the order id, type, payload, so a frame ends with its payload.
const PLACEHOLDER_END = `"payload":${JSON.stringify(PLACEHOLDER)}}`;

export class SharedPayload implements ExecutionResult {
  readonly data: ExecutionResult['data'];
  readonly errors: ExecutionResult['errors'];
  readonly extensions: ExecutionResult['extensions'];
  readonly #json: string;
  readonly #handOver: (json: string) => void;

  constructor(result: ExecutionResult, handOver: (json: string) => void) {
    this.data = result.data;
    this.errors = result.errors;
    this.extensions = result.extensions;
    this.#json = JSON.stringify(result);
    this.#handOver = handOver;
  }

  /** Called by JSON.stringify while graphql-ws serialises this payload's frame. */
  toJSON(): typeof PLACEHOLDER {
    this.#handOver(this.#json);
    return PLACEHOLDER;
  }
}

export interface SharedFrames {
  /** Serialises `result` once for all the frames that will carry it. */
  share(result: ExecutionResult): SharedPayload;
  /** The text to send for graphql-ws's `frame`: unchanged, or with the payload handed over while it was serialised. */
  take(frame: string): string;
}

export function createSharedFrames(): SharedFrames {
  let handedOver: string | null = null;
  const handOver = (json: string) => {
    if (handedOver !== null) {
      handedOver = null;
      throw new Error('A shared payload was serialised twice before a frame was sent: only graphql-ws may serialise SharedPayload, right before socket.send().');
    }
    handedOver = json;
  };
  return {
    share: (result) => new SharedPayload(result, handOver),
    take(frame) {
      if (handedOver === null) return frame;
      const json = handedOver;
      handedOver = null;
      if (!frame.endsWith(PLACEHOLDER_END)) {
        throw new Error('A shared payload was handed over for a frame that does not carry it: graphql-ws must send each frame right after serialising it.');
      }
      return `${frame.slice(0, -PLACEHOLDER_END.length)}"payload":${json}}`;
    },
  };
}
