// Presence for supervisors (state, then diffs; several tabs; grace on disconnect), typing that
// reaches only the other side (never internal-note typing to the visitor), read receipts and CSAT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { connectAgent, createOnlineAgent, resolveConversation, startRoutedConversation, startVisitor } from '../testing/routing-fixtures.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const PRESENCE = `subscription { agentPresence { kind agents { agentId presence } } }`;
const TYPING = `subscription($id: ID!) { typingEvents(conversationId: $id) { participant isTyping isInternal } }`;
const SET_TYPING = `mutation($input: SetTypingInput!) { setTyping(input: $input) { isTyping } }`;

describe('presence, typing, read receipts and CSAT', () => {
  let t: TestApp;
  const disposers: (() => void | Promise<void>)[] = [];
  beforeAll(async () => {
    t = await startTestApp({ config: { routing: { sweepIntervalMs: 50 }, presence: { graceMs: 300 } } });
  });
  afterAll(async () => {
    await Promise.all(disposers.map((d) => d()));
    await t.close();
  });
  const ws = (token?: string) => {
    const client = openWsClient(t.wsUrl, token);
    disposers.push(() => client.dispose());
    return client;
  };

  it('streams presence state then diffs: online with any tab open, offline after the grace period once all close', async () => {
    const w = await createWorkspaceFixture(t.url);
    const agent = await createAgentFixture(t.url, w.ownerToken);
    const presence = subscribe<any>(ws(w.ownerToken), PRESENCE);
    const state = (await presence.next()).agentPresence;
    expect(state.kind).toBe('STATE');
    expect(state.agents).toContainEqual({ agentId: agent.agentId, presence: 'OFFLINE' });

    const [tab1, tab2] = [await connectAgent(t.wsUrl, agent.token), await connectAgent(t.wsUrl, agent.token)];
    expect((await presence.next()).agentPresence).toEqual({ kind: 'DIFF', agents: [{ agentId: agent.agentId, presence: 'AWAY' }] });
    await gqlData(t.url, `mutation { setAgentStatus(input: { status: ONLINE }) { presence } }`, undefined, agent.token);
    expect((await presence.next()).agentPresence.agents).toEqual([{ agentId: agent.agentId, presence: 'ONLINE' }]);
    await tab1.dispose();
    await tab2.dispose();
    expect((await presence.next()).agentPresence.agents).toEqual([{ agentId: agent.agentId, presence: 'OFFLINE' }]);
    presence.stop();
  });

  it('sends typing to the other side only, and internal-note typing to staff only', async () => {
    const w = await createWorkspaceFixture(t.url);
    const agent = await createOnlineAgent(t.url, t.wsUrl, w.ownerToken);
    disposers.push(() => agent.client.dispose());
    const visitor = await startVisitor(t.url, w.widgetKey);
    const conversation = await startRoutedConversation(t.url, visitor.token);
    const visitorTyping = subscribe<any>(ws(visitor.token), TYPING, { id: conversation.id });
    const ownerTyping = subscribe<any>(ws(w.ownerToken), TYPING, { id: conversation.id });
    const agentTyping = subscribe<any>(agent.client, TYPING, { id: conversation.id });
    // Typing is not replayed: probe (agent and visitor stop-typing events) until every stream is live.
    const streams = [visitorTyping, ownerTyping, agentTyping];
    while (streams.some((s) => s.received.length === 0)) {
      await gqlData(t.url, SET_TYPING, { input: { conversationId: conversation.id, isTyping: false } }, agent.token);
      await gqlData(t.url, SET_TYPING, { input: { conversationId: conversation.id, isTyping: false } }, visitor.token);
    }
    // Probes are isTyping: false; only isTyping: true events are the ones under test.
    const typingSeen = async (stream: typeof visitorTyping, count: number) => {
      for (let n = stream.received.length; ; n++) {
        const started = stream.received.map((e) => e.typingEvents).filter((e) => e.isTyping);
        if (started.length >= count) return started;
        await stream.waitFor(n + 1);
      }
    };
    await gqlData(t.url, SET_TYPING, { input: { conversationId: conversation.id, isTyping: true, isInternal: true } }, agent.token);
    await gqlData(t.url, SET_TYPING, { input: { conversationId: conversation.id, isTyping: true } }, agent.token);
    await gqlData(t.url, SET_TYPING, { input: { conversationId: conversation.id, isTyping: true } }, visitor.token);

    const me = { agent: `agent:${agent.agentId}`, visitor: `visitor:${visitor.visitorId}` };
    expect(await typingSeen(visitorTyping, 1)).toEqual([{ participant: me.agent, isTyping: true, isInternal: false }]);
    expect((await typingSeen(ownerTyping, 3)).map((e) => [e.participant, e.isInternal])).toEqual([[me.agent, true], [me.agent, false], [me.visitor, false]]);
    expect((await typingSeen(agentTyping, 1)).map((e) => e.participant)).toEqual([me.visitor]);
    for (const s of [visitorTyping, ownerTyping, agentTyping]) s.stop();
  });

  it('stores and streams read receipts; takes one CSAT rating after resolve', async () => {
    const w = await createWorkspaceFixture(t.url);
    const visitor = await startVisitor(t.url, w.widgetKey);
    const conversation = await startRoutedConversation(t.url, visitor.token);
    const receipts = subscribe<any>(ws(w.ownerToken), `subscription($id: ID!) { readReceipts(conversationId: $id) { participant lastReadSeq } }`, { id: conversation.id });
    const MARK = `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { lastReadSeq } }`;
    await gqlData(t.url, MARK, { input: { conversationId: conversation.id, seq: 1 } }, visitor.token);
    await gqlData(t.url, MARK, { input: { conversationId: conversation.id, seq: 0 } }, visitor.token);
    const seen = await receipts.waitFor(1);
    expect(seen[0].readReceipts).toEqual({ participant: `visitor:${visitor.visitorId}`, lastReadSeq: 1 });
    receipts.stop();

    const RATE = `mutation($input: RateConversationInput!) { rateConversation(input: $input) { rating { score comment } } }`;
    const early = await gql(t.url, RATE, { input: { conversationId: conversation.id, score: 5 } }, visitor.token);
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await resolveConversation(t.url, w.ownerToken, conversation.id);
    const rated = await gqlData(t.url, RATE, { input: { conversationId: conversation.id, score: 4, comment: 'Quick and kind' } }, visitor.token);
    expect(rated.rateConversation.rating).toEqual({ score: 4, comment: 'Quick and kind' });
    const again = await gql(t.url, RATE, { input: { conversationId: conversation.id, score: 1 } }, visitor.token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { csat { score } } }`, { id: conversation.id }, w.ownerToken);
    expect(stored.conversation.csat).toEqual({ score: 4 });
  });
  it('lets an agent connect and read while the database refuses writes (a full disk): the presence row is skipped, not the socket', async () => {
    const w = await createWorkspaceFixture(t.url);
    const agent = await createAgentFixture(t.url, w.ownerToken);
    // SQLite's query_only makes every write of the server's connection fail, as a full disk does.
    await t.app.deps.db.$executeRawUnsafe('PRAGMA query_only = ON');
    try {
      const viewer = await new Promise<unknown>((resolve, reject) => {
        const client = ws(agent.token);
        client.subscribe({ query: '{ viewer { agent { id } } }' }, { next: (value) => resolve(value), error: reject, complete: () => undefined });
      });
      expect(viewer).toEqual({ data: { viewer: { agent: { id: agent.agentId } } } });
    } finally {
      await t.app.deps.db.$executeRawUnsafe('PRAGMA query_only = OFF');
    }
  });
});
