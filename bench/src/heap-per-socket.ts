// V8 heap per subscribed socket (issue 19's memory figure): one in-process Kefu on SQLite, N lean
// raw `ws` clients subscribed to one conversation through the bench's CONVERSATION_EVENTS, and
// the heap after two forced GCs before and after they connect. Server and clients share the
// process, so the client share is in the figure too (the same on every version of the server).
// Run: node --expose-gc --import tsx bench/src/heap-per-socket.ts [sockets=1000] [--unsubscribed]
// (--unsubscribed: sockets that only connect, to tell the subscription's share from the socket's).
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { createWorkspaceFixture, startVisitorConversation } from '../../src/testing/fixtures.ts';
import { gqlData } from '../../src/testing/graphql-client.ts';
import { startTestApp } from '../../src/testing/start-test-app.ts';
import { CONVERSATION_EVENTS, SEND_MESSAGE } from './load/operations.ts';

const sockets = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 1000);
const isSubscribing = !process.argv.includes('--unsubscribed');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc so the heap can be measured after a full GC.');

async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 2; i++) {
    gc!();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/** A socket subscribed to `conversationId` that calls onEvent for every `next` frame. */
function openSubscribed(wsUrl: string, token: string, conversationId: string, onEvent: () => void, isSubscribing = true): Promise<WebSocket> {
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

const app = await startTestApp({ config: { realtime: { keepAliveMs: 3_600_000 } } });
try {
  const workspace = await createWorkspaceFixture(app.url);
  const { visitorToken, conversationId } = await startVisitorConversation(app.url, workspace.widgetKey);
  const send = () => gqlData(app.url, SEND_MESSAGE, { input: { conversationId, body: 'ping', clientMessageId: randomUUID() } }, visitorToken);
  // Warm up every code path once (a socket, a subscription, a delivery) before the baseline.
  let received = 0;
  let onAllReceived = () => {};
  const countEvent = () => {
    if (++received === sockets) onAllReceived();
  };
  const warm = await openSubscribed(app.wsUrl, visitorToken, conversationId, () => {});
  await send();
  warm.close();
  const before = await heapAfterGc();
  const open: WebSocket[] = [];
  for (let i = 0; i < sockets; i += 100) {
    open.push(...(await Promise.all(Array.from({ length: Math.min(100, sockets - i) }, () => openSubscribed(app.wsUrl, visitorToken, conversationId, countEvent, isSubscribing)))));
  }
  // One delivery to every socket proves they are all subscribed (and leaves them in steady state).
  const allReceived = new Promise<void>((resolve) => (onAllReceived = resolve));
  await send();
  if (isSubscribing) await allReceived;
  const after = await heapAfterGc();
  console.log(`${sockets} ${isSubscribing ? 'subscribed' : 'connected (unsubscribed)'} sockets: ${((after - before) / sockets / 1024).toFixed(1)} KB V8 heap per socket (server and client), heap ${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB`);
  for (const ws of open) ws.terminate();
} finally {
  await app.close();
}
