// The leanest graphql-transport-ws client: a raw `ws` socket that signs in, subscribes once and
// counts `next` frames. Used where the client's own weight should stay small (heap-per-socket.ts).
import WebSocket from 'ws';
import { CONVERSATION_EVENTS } from './operations.ts';

/** A socket signed in with `token` and (unless `isSubscribing` is false) subscribed to `conversationId`; onEvent runs for every `next` frame. */
export function openLeanClient(wsUrl: string, token: string, conversationId: string, onEvent: () => void, isSubscribing = true): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
    ws.on('error', reject);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: token } })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        if (isSubscribing) ws.send(JSON.stringify({ id: 's', type: 'subscribe', payload: { query: CONVERSATION_EVENTS, variables: { id: conversationId } } }));
        resolve(ws);
      } else if (message.type === 'next') onEvent();
      else if (message.type === 'ping') ws.send('{"type":"pong"}');
    });
  });
}

/** The V8 heap after two full GCs with a turn between (needs node --expose-gc). */
export async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with node --expose-gc so the heap can be measured after a full GC.');
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}
