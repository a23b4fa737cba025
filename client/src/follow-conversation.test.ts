// followConversation against a real Kefu: resume after dropped sockets and after ResyncRequired.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../../src/testing/fixtures.ts';
import { startTestApp, type TestApp } from '../../src/testing/start-test-app.ts';
import { createKefuClient, type KefuClient } from './create-kefu-client.ts';
import type { ConversationMessage } from './follow-conversation.ts';
import { ConversationHistoryDocument, ConversationLastSeqDocument } from './generated/graphql.ts';
import { createMessageCollector } from './testing/collect-messages.ts';
import { createControllableWebSocket } from './testing/controllable-websocket.ts';
import { waitForState } from './testing/wait-for-state.ts';

const fastRetry = { initialDelayMs: 10, maxDelayMs: 100 };

async function openConversation(t: TestApp) {
  const workspace = await createWorkspaceFixture(t.url);
  const { visitorToken, conversationId } = await startVisitorConversation(t.url, workspace.widgetKey, 'hello');
  return { conversationId, visitorToken, ownerToken: workspace.ownerToken, agent: createKefuClient({ url: t.url, auth: workspace.ownerToken, retry: fastRetry }) };
}

async function sendAll(client: KefuClient, conversationId: string, messages: { body: string; internal?: boolean }[]) {
  for (const message of messages) await client.sendMessage({ conversationId, ...message });
}

const seqsAndBodies = (messages: ConversationMessage[]) => messages.map((m) => [m.seq, m.body]);
const bodiesOf = (messages: ConversationMessage[], bodies: string[]) => messages.map((m) => m.body).filter((body) => bodies.includes(body));

async function readHistory(client: KefuClient, conversationId: string): Promise<ConversationMessage[]> {
  const { conversation } = await client.request(ConversationHistoryDocument, { id: conversationId, last: 100 });
  return conversation!.messages.edges.map((edge) => edge.node);
}

describe('followConversation', () => {
  let t: TestApp;
  let smallReplay: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    smallReplay = await startTestApp({ config: { realtime: { replayLimit: 3 } } });
  });
  afterAll(() => Promise.all([t.close(), smallReplay.close()]));

  it('resumes from the last seq seen after the socket drops: no gap, no duplicate, in order, for agent and visitor', async () => {
    const { conversationId, visitorToken, ownerToken, agent } = await openConversation(t);
    const sockets = createControllableWebSocket();
    const agentWatcher = createKefuClient({ url: t.url, auth: ownerToken, webSocketImpl: sockets.impl, retry: fastRetry });
    const visitor = createKefuClient({ url: t.url, auth: visitorToken, webSocketImpl: sockets.impl, retry: fastRetry });
    const staffView = createMessageCollector();
    const visitorView = createMessageCollector();
    let resyncCount = 0;
    const onResync = () => void resyncCount++;
    agentWatcher.followConversation(conversationId, { afterSeq: 0, onMessage: staffView.onMessage, onResync });
    visitor.followConversation(conversationId, { afterSeq: 0, onMessage: visitorView.onMessage, onResync });
    await Promise.all([staffView.waitForBody('hello'), visitorView.waitForBody('hello')]);
    const lastSeenBeforeDrop = [staffView.received.at(-1)!.seq, visitorView.received.at(-1)!.seq];

    sockets.setBlocked(true);
    sockets.dropAll();
    await Promise.all([waitForState(agentWatcher.state, (s) => s !== 'connected'), waitForState(visitor.state, (s) => s !== 'connected')]);
    await sendAll(agent, conversationId, [{ body: 'while away 1' }, { body: 'note', internal: true }, { body: 'while away 2' }]);
    sockets.setBlocked(false);
    await Promise.all([staffView.waitForBody('while away 2'), visitorView.waitForBody('while away 2')]);
    await sendAll(agent, conversationId, [{ body: 'live again' }]);
    await Promise.all([staffView.waitForBody('live again'), visitorView.waitForBody('live again')]);

    // The resubscriptions asked for what came after the last seq each had seen.
    expect(sockets.subscribedVariables.slice(2).map((v) => Number(v.afterSeq)).sort((a, b) => a - b)).toEqual(lastSeenBeforeDrop.sort((a, b) => a - b));
    // Exactly the stored history, as each of them may see it: nothing missing, repeated or reordered.
    expect(seqsAndBodies(staffView.received)).toEqual(seqsAndBodies(await readHistory(agentWatcher, conversationId)));
    expect(seqsAndBodies(visitorView.received)).toEqual(seqsAndBodies(await readHistory(visitor, conversationId)));
    expect(bodiesOf(staffView.received, ['hello', 'while away 1', 'note', 'while away 2', 'live again'])).toEqual(['hello', 'while away 1', 'note', 'while away 2', 'live again']);
    // Visitors never see internal notes, so their seqs have a gap; resume is by last seq seen.
    expect(bodiesOf(visitorView.received, ['hello', 'while away 1', 'note', 'while away 2', 'live again'])).toEqual(['hello', 'while away 1', 'while away 2', 'live again']);
    expect(resyncCount).toBe(0);
    await Promise.all([agent.close(), agentWatcher.close(), visitor.close()]);
  });

  it('reloads the newest history on ResyncRequired when too far behind, then continues live', async () => {
    const { conversationId, ownerToken, agent } = await openConversation(smallReplay);
    const sockets = createControllableWebSocket();
    const watcher = createKefuClient({ url: smallReplay.url, auth: ownerToken, webSocketImpl: sockets.impl, retry: fastRetry });
    const view = createMessageCollector();
    const resyncs: { latestSeq: number; messages: ConversationMessage[] }[] = [];
    let resynced!: () => void;
    const hasResynced = new Promise<void>((resolve) => (resynced = resolve));
    watcher.followConversation(conversationId, {
      afterSeq: 0,
      onMessage: view.onMessage,
      onResync: (resync) => {
        resyncs.push(resync);
        resynced();
      },
    });
    await view.waitForBody('hello');
    const seenBeforeDrop = view.received.length;

    sockets.setBlocked(true);
    sockets.dropAll();
    await waitForState(watcher.state, (s) => s !== 'connected');
    // replayLimit is 3: five missed messages are too many to replay.
    await sendAll(agent, conversationId, ['a', 'b', 'c', 'd', 'e'].map((body) => ({ body })));
    sockets.setBlocked(false);
    await hasResynced;
    await sendAll(agent, conversationId, [{ body: 'after resync' }]);
    await view.waitForBody('after resync');

    expect(resyncs).toHaveLength(1);
    const page = resyncs[0]!.messages;
    expect(page.at(-1)?.seq).toBe(resyncs[0]!.latestSeq);
    expect(bodiesOf(page, ['hello', 'a', 'e'])).toEqual(['hello', 'a', 'e']);
    const afterResync = view.received.slice(seenBeforeDrop);
    expect(bodiesOf(afterResync, ['a', 'e', 'after resync'])).toEqual(['after resync']);
    // The page plus what streamed after it is the whole history, in order.
    expect(seqsAndBodies([...page, ...afterResync])).toEqual(seqsAndBodies(await readHistory(watcher, conversationId)));
    await Promise.all([agent.close(), watcher.close()]);
  });

  it('starts from the current lastSeq when afterSeq is omitted, and reports a conversation it cannot see as NOT_FOUND', async () => {
    const { conversationId, visitorToken, agent } = await openConversation(t);
    const sockets = createControllableWebSocket();
    const visitor = createKefuClient({ url: t.url, auth: visitorToken, webSocketImpl: sockets.impl, retry: fastRetry });
    const view = createMessageCollector();
    const follower = visitor.followConversation(conversationId, { onMessage: view.onMessage });
    await waitForState(visitor.state, (s) => s === 'connected');
    const { lastSeq: startSeq } = (await visitor.request(ConversationLastSeqDocument, { id: conversationId })).conversation!;
    await sendAll(agent, conversationId, [{ body: 'new one' }]);
    await view.waitForBody('new one');
    expect(view.received.every((message) => message.seq > startSeq)).toBe(true);
    expect(follower.lastSeq).toBe(view.received.at(-1)!.seq);

    const other = await openConversation(t);
    const failures = await Promise.all(
      [undefined, 0].map((afterSeq) => new Promise((resolve) => visitor.followConversation(other.conversationId, { afterSeq, onMessage: view.onMessage, onError: resolve }))),
    );
    expect(failures).toMatchObject([{ code: 'NOT_FOUND' }, { code: 'NOT_FOUND' }]);
    await Promise.all([agent.close(), other.agent.close(), visitor.close()]);
  });
});
