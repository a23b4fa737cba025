// A caller of workspace A can read or change nothing of workspace B, through any type, mutation
// or subscription; and roles inside a workspace hold.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture, CONVERSATION_EVENTS, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

describeEachStorage('tenancy and roles', (provider) => {
  let t: TestApp;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let bConversation: Awaited<ReturnType<typeof startVisitorConversation>>;
  let aConversation: Awaited<ReturnType<typeof startVisitorConversation>>;
  let aKey: string;
  let bKeyId: string;
  let bCannedReplyId: string;

  beforeAll(async () => {
    t = await startTestApp({ provider });
    [a, b] = await Promise.all([createWorkspaceFixture(t.url, 'A'), createWorkspaceFixture(t.url, 'B')]);
    aConversation = await startVisitorConversation(t.url, a.widgetKey, 'hello from A');
    bConversation = await startVisitorConversation(t.url, b.widgetKey, 'secret-b-order-777');
    aKey = (await gqlData(t.url, `mutation { createApiKey(input: { name: "bot", role: ADMIN }) { token } }`, {}, a.ownerToken)).createApiKey.token;
    bKeyId = (await gqlData(t.url, `mutation { createApiKey(input: { name: "bot" }) { apiKey { id } } }`, {}, b.ownerToken)).createApiKey.apiKey.id;
    bCannedReplyId = (await gqlData(t.url, `mutation { saveCannedReply(input: { shortcut: "hi", body: "Hi" }) { cannedReply { id } } }`, {}, b.ownerToken)).saveCannedReply.cannedReply.id;
  });
  afterAll(() => t.close());

  const callersOfA = () => [
    ['owner', a.ownerToken],
    ['api key', aKey],
    ['visitor', aConversation.visitorToken],
  ] as const;

  it('hides B’s conversations, visitors and messages from every caller of A', async () => {
    for (const [, token] of callersOfA()) {
      const read = await gqlData(
        t.url,
        `query($c: ID!, $v: ID!) { conversation(id: $c) { id } visitor(id: $v) { id } conversations(first: 100) { edges { node { id } } } }`,
        { c: bConversation.conversationId, v: bConversation.visitorId },
        token,
      );
      expect(read.conversation).toBeNull();
      expect(read.visitor).toBeNull();
      expect(read.conversations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(bConversation.conversationId);
    }
    const search = await gqlData(t.url, `{ searchMessages(query: "777") { id } }`, {}, a.ownerToken);
    expect(search.searchMessages).toEqual([]);
  });

  it('refuses every write to B’s objects with NOT_FOUND', async () => {
    const cid = bConversation.conversationId;
    const writes: [string, Record<string, unknown>][] = [
      [SEND_MESSAGE, { input: { conversationId: cid, body: 'x', clientMessageId: randomUUID() } }],
      [`mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId: cid, status: 'CLOSED' } }],
      [`mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId: cid, agentId: a.ownerId } }],
      [`mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId: aConversation.conversationId, agentId: b.ownerId } }],
      [`mutation($input: TagConversationInput!) { tagConversation(input: $input) { conversation { id } } }`, { input: { conversationId: cid, add: ['x'] } }],
      [`mutation($input: UpdateVisitorInput!) { updateVisitor(input: $input) { visitor { id } } }`, { input: { visitorId: bConversation.visitorId, name: 'pwned' } }],
      [`mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }`, { input: { id: bKeyId } }],
      [`mutation($input: SaveCannedReplyInput!) { saveCannedReply(input: $input) { cannedReply { id } } }`, { input: { id: bCannedReplyId, shortcut: 'hi', body: 'pwned' } }],
      [`mutation($input: DeleteCannedReplyInput!) { deleteCannedReply(input: $input) { deletedId } }`, { input: { id: bCannedReplyId } }],
    ];
    for (const [query, variables] of writes) {
      const result = await gql(t.url, query, variables, a.ownerToken);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    const stillThere = await gqlData(t.url, `{ cannedReplies { id body } conversation(id: "${cid}") { status messages(first: 10) { edges { node { body } } } } }`, {}, b.ownerToken);
    expect(stillThere.cannedReplies).toEqual([{ id: bCannedReplyId, body: 'Hi' }]);
    expect(stillThere.conversation.status).toBe('OPEN');
    expect(stillThere.conversation.messages.edges).toHaveLength(1);
  });

  it('refuses subscriptions to B’s conversations and keeps B’s events out of A’s inbox', async () => {
    const client = openWsClient(t.wsUrl, a.ownerToken);
    const foreign = subscribe(client, CONVERSATION_EVENTS, { id: bConversation.conversationId, afterSeq: 0 });
    const { error } = await foreign.done;
    expect(JSON.stringify(error)).toContain('NOT_FOUND');

    const inbox = subscribe<any>(client, `subscription { inboxEvents { reason conversation { id status queueState lastSeq resolvedAt } } }`);
    const ownStream = subscribe<any>(client, CONVERSATION_EVENTS, { id: aConversation.conversationId });
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: bConversation.conversationId, body: 'B only', clientMessageId: randomUUID() } }, b.ownerToken);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: aConversation.conversationId, body: 'A only', clientMessageId: randomUUID() } }, a.ownerToken);
    expect((await ownStream.next()).conversationEvents.body).toBe('A only');
    expect((await inbox.next()).inboxEvents.conversation).toMatchObject({ id: aConversation.conversationId, status: "OPEN", resolvedAt: null });
    expect(inbox.received).toHaveLength(1);
    await client.dispose();
  });

  it('does not let a visitor token of B continue as that visitor in A', async () => {
    const session = await gqlData(
      t.url,
      `mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { visitor { id } } }`,
      { input: { widgetKey: a.widgetKey, visitorToken: bConversation.visitorToken } },
    );
    expect(session.startVisitorSession.visitor.id).not.toBe(bConversation.visitorId);
  });

  it('enforces roles inside a workspace', async () => {
    const agent = await createAgentFixture(t.url, a.ownerToken);
    const other = await createAgentFixture(t.url, a.ownerToken);
    const denied = await gql(t.url, `mutation { createAgent(input: { email: "x@example.com", name: "X", password: "password-123" }) { agent { id } } }`, {}, agent.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const visitorSearch = await gql(t.url, `{ searchMessages(query: "hello") { id } }`, {}, aConversation.visitorToken);
    expect(visitorSearch.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, `{ conversations(first: 1) { edges { node { id } } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const internalByVisitor = await gql(t.url, SEND_MESSAGE, { input: { conversationId: aConversation.conversationId, body: 'x', internal: true, clientMessageId: randomUUID() } }, aConversation.visitorToken);
    expect(internalByVisitor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId: aConversation.conversationId, agentId: other.agentId } }, a.ownerToken);
    const hidden = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { id } }`, { c: aConversation.conversationId }, agent.token);
    expect(hidden.conversation).toBeNull();
    const visible = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { id } }`, { c: aConversation.conversationId }, other.token);
    expect(visible.conversation.id).toBe(aConversation.conversationId);
  });
});
