// The keepalive round (websocket.ts): a socket that answers pings stays, one that does not is cut.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

describe('websocket keepalive', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { realtime: { keepAliveMs: 150 } } });
  });
  afterAll(() => t.close());

  const open = (autoPong: boolean) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { autoPong });
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });

  it('cuts a socket that leaves a ping unanswered for a round, and keeps one that answers', async () => {
    const answering = await open(true);
    const silent = await open(false);
    const silentClosed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    answering.send(JSON.stringify({ type: 'connection_init' }));
    silent.send(JSON.stringify({ type: 'connection_init' }));
    expect(await silentClosed).toBe(1006); // terminated, no close frame
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(answering.readyState).toBe(WebSocket.OPEN);
    answering.close();
  });
});
