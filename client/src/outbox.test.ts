// The outbox against a real Kefu: a message sent while the server is unreachable is stored exactly
// once when it is back, including after a "page reload" (a new client on the same storage).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createWorkspaceFixture, startVisitorConversation } from '../../src/testing/fixtures.ts';
import { startTestApp, type TestApp } from '../../src/testing/start-test-app.ts';
import { createKefuClient, type KefuClient } from './create-kefu-client.ts';
import { ConversationHistoryDocument } from './generated/graphql.ts';
import { createMemoryStorage, type OutboxEvent } from './outbox.ts';
import { createMessageCollector } from './testing/collect-messages.ts';
import { waitForState } from './testing/wait-for-state.ts';

const fastRetry = { initialDelayMs: 10, maxDelayMs: 100 };

function nextOutboxEvent(client: KefuClient, kind: OutboxEvent['kind']): Promise<OutboxEvent> {
  return new Promise((resolve) => {
    const stop = client.outbox.on((event) => {
      if (event.kind !== kind) return;
      stop();
      resolve(event);
    });
  });
}

async function countBodies(client: KefuClient, conversationId: string, body: string): Promise<number> {
  const { conversation } = await client.request(ConversationHistoryDocument, { id: conversationId, last: 100 });
  return conversation!.messages.edges.filter((edge) => edge.node.body === body).length;
}

describe('outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps a message sent while the server is unreachable across a reload and stores it once when the next client starts', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const { visitorToken, conversationId } = await startVisitorConversation(t.url, workspace.widgetKey);
    const storage = createMemoryStorage();
    // Port 1 refuses connections: the network is down for this page.
    const offlinePage = createKefuClient({ url: 'http://127.0.0.1:1/graphql', auth: visitorToken, storage, retry: fastRetry });
    const retrying = nextOutboxEvent(offlinePage, 'retrying');
    const sending = offlinePage.sendMessage({ conversationId, body: 'typed offline' });
    expect(await retrying).toMatchObject({ kind: 'retrying', error: { code: 'NETWORK_ERROR' } });
    expect(offlinePage.state.current).not.toBe('connected');
    await offlinePage.close();
    await expect(sending).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });

    const reloaded = createKefuClient({ url: t.url, auth: visitorToken, storage, retry: fastRetry });
    expect(reloaded.outbox.list().map((item) => item.body)).toEqual(['typed offline']);
    await reloaded.outbox.flush();
    expect(reloaded.outbox.list()).toEqual([]);
    expect(await countBodies(reloaded, conversationId, 'typed offline')).toBe(1);
    await reloaded.close();
  });

  it('sends what was queued while the server was down exactly once when it comes back, in order, and the follower resumes', async () => {
    const first = await startTestApp();
    const port = Number(new URL(first.url).port);
    const workspace = await createWorkspaceFixture(first.url);
    const { visitorToken, conversationId } = await startVisitorConversation(first.url, workspace.widgetKey, 'before');
    const visitor = createKefuClient({ url: first.url, auth: visitorToken, webSocketImpl: WebSocket, retry: fastRetry });
    const view = createMessageCollector();
    visitor.followConversation(conversationId, { afterSeq: 0, onMessage: view.onMessage });
    await view.waitForBody('before');

    // Stopping closes sockets with 1001 Going Away; then nothing answers on the port.
    await first.app.stop();
    await waitForState(visitor.state, (s) => s !== 'connected');
    const retrying = nextOutboxEvent(visitor, 'retrying');
    const sent = [visitor.sendMessage({ conversationId, body: 'queued 1' }), visitor.sendMessage({ conversationId, body: 'queued 2' })];
    await retrying;
    expect(visitor.outbox.list().map((item) => item.body)).toEqual(['queued 1', 'queued 2']);

    const second = await startTestApp({ databaseUrl: first.databaseUrl, config: { http: { port } } });
    try {
      const results = await Promise.all(sent);
      expect(results.map((r) => [r.message.body, r.isDuplicate])).toEqual([['queued 1', false], ['queued 2', false]]);
      expect(results[1]!.message.seq).toBeGreaterThan(results[0]!.message.seq);
      await view.waitForBody('queued 2');
      expect(view.received.map((m) => m.body).filter((body) => body.startsWith('queued'))).toEqual(['queued 1', 'queued 2']);
      expect(await countBodies(visitor, conversationId, 'queued 1')).toBe(1);
      expect(visitor.state.current).toBe('connected');
      await visitor.close();
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('rejects a send with STORAGE_FAILED, not a synchronous throw, when the storage refuses to write (quota exceeded)', async () => {
    const fullStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError: the quota has been exceeded.');
      },
    };
    const client = createKefuClient({ url: t.url, auth: 'token', storage: fullStorage, retry: fastRetry });

    let sending: Promise<unknown> | undefined;
    expect(() => (sending = client.sendMessage({ conversationId: 'conversation', body: 'hi' }))).not.toThrow();

    await expect(sending).rejects.toMatchObject({ name: 'KefuClientError', code: 'STORAGE_FAILED', isRetryable: false });
    await client.close();
  });
});
