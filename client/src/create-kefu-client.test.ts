// createKefuClient against a real Kefu: safe sendMessage retries, typed errors with zh/en text,
// and token refresh when the server rejects a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createWorkspaceFixture, startVisitorConversation } from '../../src/testing/fixtures.ts';
import { freePort } from '../../src/testing/free-port.ts';
import { startTestApp, type TestApp } from '../../src/testing/start-test-app.ts';
import { createKefuClient } from './create-kefu-client.ts';
import { ConversationHistoryDocument, InboxEventsDocument, ViewerDocument, type InboxEventsSubscription } from './generated/graphql.ts';
import type { OutboxEvent } from './outbox.ts';
import { createMessageCollector } from './testing/collect-messages.ts';
import { waitForState } from './testing/wait-for-state.ts';

const fastRetry = { initialDelayMs: 10, maxDelayMs: 100 };

describe('createKefuClient', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('retries sendMessage after a lost response with the same clientMessageId, and the server stores it once', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const { conversationId } = await startVisitorConversation(t.url, workspace.widgetKey);
    let lostResponses = 0;
    // The request reaches the server and is stored; the answer never arrives.
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (lostResponses === 0 && String(init?.body).includes('mutation SendMessage')) {
        lostResponses++;
        await response.text();
        throw new TypeError('fetch failed: connection reset before the response');
      }
      return response;
    };
    const agent = createKefuClient({ url: t.url, auth: workspace.ownerToken, fetch: lossyFetch, retry: fastRetry });
    const events: OutboxEvent['kind'][] = [];
    agent.outbox.on((event) => events.push(event.kind));

    const result = await agent.sendMessage({ conversationId, body: 'exactly once' });

    expect(lostResponses).toBe(1);
    expect(result).toMatchObject({ isDuplicate: true, message: { body: 'exactly once' } });
    expect(events).toEqual(['queued', 'retrying', 'sent']);
    const { conversation } = await agent.request(ConversationHistoryDocument, { id: conversationId, last: 100 });
    const stored = conversation!.messages.edges.filter((edge) => edge.node.body === 'exactly once');
    expect(stored.map((edge) => edge.node.clientMessageId)).toEqual([result.message.clientMessageId]);
    expect(agent.outbox.list()).toEqual([]);
    await agent.close();
  });

  it('rejects a send the server refuses without retrying, with the error code and zh/en text', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const agent = createKefuClient({ url: t.url, auth: workspace.ownerToken, retry: fastRetry });
    const events: OutboxEvent['kind'][] = [];
    agent.outbox.on((event) => events.push(event.kind));

    const failure = await agent.sendMessage({ conversationId: 'no-such-conversation', body: 'hi' }).catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'NOT_FOUND', isRetryable: false });
    expect((failure as { text(locale: string): string }).text('zh-CN')).toBe('找不到该内容，可能已被删除或您无权查看。');
    expect((failure as { text(locale: string): string }).text('en')).toBe('Not found: it may have been deleted, or you cannot see it.');
    expect(events).toEqual(['queued', 'failed']);
    expect(agent.outbox.list()).toEqual([]);
    await agent.close();
  });

  it('asks auth for a fresh token when the server rejects one, over HTTP and at socket connect (4403)', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const { conversationId } = await startVisitorConversation(t.url, workspace.widgetKey, 'hello');
    const calls: boolean[] = [];
    let token = 'kefu-expired-token';
    const auth = ({ isRejected }: { isRejected: boolean }) => {
      calls.push(isRejected);
      if (isRejected) token = workspace.ownerToken;
      return token;
    };
    const http = createKefuClient({ url: t.url, auth, retry: fastRetry });
    expect((await http.request(ViewerDocument)).viewer?.agent?.id).toBe(workspace.ownerId);
    expect(calls).toEqual([false, true]);

    token = 'kefu-expired-token';
    calls.length = 0;
    const socket = createKefuClient({ url: t.url, auth, webSocketImpl: WebSocket, retry: fastRetry });
    const view = createMessageCollector();
    socket.followConversation(conversationId, { afterSeq: 0, onMessage: view.onMessage });
    expect((await view.waitForBody('hello')).map((m) => m.body)).toContain('hello');
    expect(calls).toEqual([false, true]);
    await Promise.all([http.close(), socket.close()]);
  });

  it('delivers typed events on a raw subscription (the inbox)', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const agent = createKefuClient({ url: t.url, auth: workspace.ownerToken, webSocketImpl: WebSocket, retry: fastRetry });
    let stop = () => {};
    const firstEvent = new Promise<InboxEventsSubscription['inboxEvents']>((resolve, reject) => {
      stop = agent.subscribe(InboxEventsDocument, {}, { next: (data) => resolve(data.inboxEvents), error: reject });
    });
    await waitForState(agent.state, (s) => s === 'connected');
    // The socket is up, but nothing says when the server has registered the subscription, and the
    // inbox has no replay: start conversations until one shows up.
    const started: string[] = [];
    let event: InboxEventsSubscription['inboxEvents'] | undefined;
    while (!event && started.length < 20) {
      started.push((await startVisitorConversation(t.url, workspace.widgetKey, 'inbox me')).conversationId);
      event = await Promise.race([firstEvent, Promise.resolve(undefined)]);
    }
    event ??= await firstEvent;
    expect(started).toContain(event.conversation.id);
    expect(event.conversation.visitor.name).toBe('Visitor');
    stop();
    await agent.close();
  });

  it('closes at once, without rejecting, while the socket waits to reconnect to a server that is down', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const client = createKefuClient({ url, auth: 'token', webSocketImpl: WebSocket, retry: { initialDelayMs: 60_000, maxDelayMs: 60_000, offlineAfterAttempts: 1 } });
    client.followConversation('conversation', { afterSeq: 0, onMessage: () => {} });
    client.subscribe(InboxEventsDocument, {}, { next: () => {} });
    await waitForState(client.state, (s) => s === 'offline');

    const startedAt = Date.now();
    await expect(client.close()).resolves.toBeUndefined();
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('refuses streams after close() with CLIENT_CLOSED instead of opening a socket nothing closes', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const client = createKefuClient({ url: t.url, auth: workspace.ownerToken, webSocketImpl: WebSocket, retry: fastRetry });
    client.followConversation('conversation', { afterSeq: 0, onMessage: () => {} });
    await client.close();

    const followError = new Promise((resolve) => client.followConversation('conversation', { afterSeq: 0, onMessage: () => {}, onError: resolve }));
    const subscribeError = new Promise((resolve) => client.subscribe(InboxEventsDocument, {}, { next: () => {}, error: resolve }));

    await expect(followError).resolves.toMatchObject({ code: 'CLIENT_CLOSED' });
    await expect(subscribeError).resolves.toMatchObject({ code: 'CLIENT_CLOSED' });
  });
});
