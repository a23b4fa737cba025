// Issue 12, finding 7: BOT API keys do what bots do (read the conversations they serve, send,
// type, hand off to a person) and nothing more; visitors see only what a visitor needs; an
// AGENT's typing and read-receipt streams end when the conversation is assigned to someone else.
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConversationHistoryDocument, StartConversationDocument } from '../../../client/src/generated/graphql.ts';
import { createAgentFixture, createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { errorCodeOf, gql, gqlData } from '../../testing/graphql-client.ts';
import { openAckedSocket } from '../../testing/raw-ws.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';


describeEachStorage('least privilege', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let botKey: string;
  let adminKey: string;
  let visitor: Awaited<ReturnType<typeof startVisitorConversation>>;
  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
    const createKey = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`;
    botKey = (await gqlData(t.url, createKey, { input: { name: 'bot' } }, ws.ownerToken)).createApiKey.token;
    adminKey = (await gqlData(t.url, createKey, { input: { name: 'crm', role: 'ADMIN' } }, ws.ownerToken)).createApiKey.token;
    visitor = await startVisitorConversation(t.url, ws.widgetKey);
    await gqlData(t.url, `mutation($input: UpdateVisitorInput!) { updateVisitor(input: $input) { visitor { id } } }`, { input: { email: 'visitor@example.com' } }, visitor.visitorToken);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'staff only note', internal: true, clientMessageId: randomUUID() } }, ws.ownerToken);
  }, 60_000);
  afterAll(() => t.close());

  it('lets a BOT key read the conversations it serves, send, type and hand off', async () => {
    const read = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { id status priority messages { edges { node { body internal } } } } }`, { id: visitor.conversationId }, botKey);
    expect(read.conversation.id).toBe(visitor.conversationId);
    expect(read.conversation.messages.edges.map((e: { node: { internal: boolean } }) => e.node.internal)).not.toContain(true);
    const sent = await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'bot says hi', clientMessageId: randomUUID() } }, botKey);
    expect(sent.sendMessage.message.body).toBe('bot says hi');
    expect(errorCodeOf(await gql(t.url, `mutation($input: SetTypingInput!) { setTyping(input: $input) { conversationId } }`, { input: { conversationId: visitor.conversationId, isTyping: true } }, botKey))).toBeUndefined();
    expect(errorCodeOf(await gql(t.url, `mutation($input: RequestAgentInput!) { requestAgent(input: $input) { queueStatus { state } } }`, { input: { conversationId: visitor.conversationId } }, botKey))).toBeUndefined();
  });

  it.each([
    ['read visitor emails', `{ visitors { edges { node { email } } } }`, {}],
    ['read agent emails', `{ agents { edges { node { email } } } }`, {}],
    ['update a conversation', `mutation($id: ID!) { updateConversation(input: { conversationId: $id, priority: HIGH }) { conversation { id } } }`, 'conversation'],
    ['assign a conversation', `mutation($id: ID!) { assignConversation(input: { conversationId: $id }) { conversation { id } } }`, 'conversation'],
    ['tag a conversation', `mutation($id: ID!) { tagConversation(input: { conversationId: $id, add: ["vip"] }) { conversation { id } } }`, 'conversation'],
    ['save a canned reply', `mutation { saveCannedReply(input: { shortcut: "hi", body: "Hello" }) { cannedReply { id } } }`, {}],
    ['delete a canned reply', `mutation { deleteCannedReply(input: { id: "x" }) { deletedId } }`, {}],
    ['write an internal note', SEND_MESSAGE, 'note'],
    ['search messages', `{ searchMessages(query: "note") { id } }`, {}],
    ['create an API key', `mutation { createApiKey(input: { name: "escalate", role: ADMIN }) { token } }`, {}],
  ] as const)('refuses a BOT key to %s', async (_what, query, vars) => {
    const variables =
      vars === 'conversation'
        ? { id: visitor.conversationId }
        : vars === 'note'
          ? { input: { conversationId: visitor.conversationId, body: 'x', internal: true, clientMessageId: randomUUID() } }
          : {};
    const result = await gql(t.url, query, variables, botKey);
    expect(errorCodeOf(result)).toBe('FORBIDDEN');
  });

  it('tells a BOT key that it, not a visitor, may not write internal notes', async () => {
    const result = await gql(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'x', internal: true, clientMessageId: randomUUID() } }, botKey);
    expect(result.errors?.[0]?.message).toBe('BOT API keys cannot write internal notes; send without internal: true.');
  });

  it('hides the visitor email from a BOT key and shows it to an ADMIN key', async () => {
    const query = `query($id: ID!) { conversation(id: $id) { visitor { name email } } }`;
    expect((await gqlData(t.url, query, { id: visitor.conversationId }, botKey)).conversation.visitor).toEqual({ name: 'Visitor', email: null });
    expect((await gqlData(t.url, query, { id: visitor.conversationId }, adminKey)).conversation.visitor.email).toBe('visitor@example.com');
  });

  it('lets a BOT key read the workspace tags and a conversation\'s tags, as the role table says, and not tag', async () => {
    const name = `vip-${randomUUID().slice(0, 8)}`;
    await gqlData(t.url, `mutation($id: ID!, $name: String!) { tagConversation(input: { conversationId: $id, add: [$name] }) { conversation { id } } }`, { id: visitor.conversationId, name }, ws.ownerToken);
    expect((await gqlData(t.url, '{ tags { name } }', {}, botKey)).tags.map((tag: { name: string }) => tag.name)).toContain(name);
    expect((await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { tags { name } } }`, { id: visitor.conversationId }, botKey)).conversation.tags.map((tag: { name: string }) => tag.name)).toContain(name);
    const tagging = await gql(t.url, `mutation($id: ID!) { tagConversation(input: { conversationId: $id, add: ["bot-tag"] }) { conversation { id } } }`, { id: visitor.conversationId }, botKey);
    expect(errorCodeOf(tagging)).toBe('FORBIDDEN');
    expect(errorCodeOf(await gql(t.url, '{ tags { name } }', {}, visitor.visitorToken))).toBe('FORBIDDEN');
  });

  it('still lets an ADMIN key manage conversations', async () => {
    const result = await gql(t.url, `mutation($id: ID!) { updateConversation(input: { conversationId: $id, priority: HIGH }) { conversation { priority } } }`, { id: visitor.conversationId }, adminKey);
    expect(result.data?.updateConversation.conversation.priority).toBe('HIGH');
  });

  it.each([
    ['the priority', `query($id: ID!) { conversation(id: $id) { priority } }`],
    ['staff tags', `query($id: ID!) { conversation(id: $id) { tags { name } } }`],
    ['department members', `{ departments { name members { id name } } }`],
    ['knowledge answers through similarQuestions', `{ similarQuestions(text: "refund") { question answer } }`],
    ['a filter by staff tag', `{ conversations(filter: { tag: "vip" }) { edges { node { id } } } }`],
  ])('refuses a visitor %s', async (_what, query) => {
    await gqlData(t.url, `mutation { createDepartment(input: { name: "Sales-${randomUUID()}", memberIds: [] }) { department { id } } }`, {}, ws.ownerToken).catch(() => undefined);
    await gqlData(t.url, `mutation { saveKnowledgeEntry(input: { question: "How do I get a refund?", answer: "Secret policy", language: "en" }) { entry { id } } }`, {}, ws.ownerToken).catch(() => undefined);
    const result = await gql(t.url, query, { id: visitor.conversationId }, visitor.visitorToken);
    expect(errorCodeOf(result)).toBe('FORBIDDEN');
    expect(JSON.stringify(result.data ?? {})).not.toContain('Secret policy');
  });

  it('gives a visitor what the widget needs', async () => {
    const own = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { id status lastSeq assignee { name } messages { edges { node { body internal } } } } departments { name } similarQuestions(text: "refund") { question } }`, { id: visitor.conversationId }, visitor.visitorToken);
    expect(own.conversation.id).toBe(visitor.conversationId);
    expect(own.conversation.messages.edges.map((e: { node: { internal: boolean } }) => e.node.internal)).not.toContain(true);
    // The SDK operations visitors send (the widget, followConversation's resync) ask for nothing a
    // visitor may not read.
    const started = await gql(t.url, print(StartConversationDocument), { input: {} }, visitor.visitorToken);
    expect(started.errors).toBeUndefined();
    const history = await gql(t.url, print(ConversationHistoryDocument), { id: visitor.conversationId, last: 50 }, visitor.visitorToken);
    expect(history.errors).toBeUndefined();
  });

  it('streams the inbox to a BOT key (the bot integration path) without internal notes', async () => {
    const socket = await openAckedSocket(t.wsUrl, botKey);
    socket.send({ id: 'inbox', type: 'subscribe', payload: { query: 'subscription { inboxEvents { reason message { body internal } } }' } });
    await socket.roundTrip();
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'secret note for staff', internal: true, clientMessageId: randomUUID() } }, ws.ownerToken);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'visitor asks again', clientMessageId: randomUUID() } }, visitor.visitorToken);
    const event = await socket.next((m) => m.id === 'inbox');
    expect(event.type).toBe('next');
    expect(event.payload.data.inboxEvents).toEqual({ reason: 'MESSAGE', message: { body: 'visitor asks again', internal: false } });
    socket.close();
  });

  it('names to an AGENT each conversation that leaves its view (taken by a colleague), and nothing to an admin', async () => {
    const watcher = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const colleague = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const [taken, kept, takenLater] = await Promise.all([1, 2, 3].map(() => startVisitorConversation(t.url, ws.widgetKey)));
    const agentSocket = await openAckedSocket(t.wsUrl, watcher.token);
    const ownerSocket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    for (const socket of [agentSocket, ownerSocket]) {
      socket.send({ id: 'removals', type: 'subscribe', payload: { query: 'subscription { inboxRemovals }' } });
      await socket.roundTrip();
    }
    agentSocket.send({ id: 'inbox', type: 'subscribe', payload: { query: 'subscription { inboxEvents { reason conversation { id } } }' } });
    await agentSocket.roundTrip();
    const assign = (conversationId: string, agentId: string) =>
      gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId } }, ws.ownerToken);

    await assign(taken!.conversationId, colleague.agentId);
    await assign(kept!.conversationId, watcher.agentId);
    await assign(takenLater!.conversationId, colleague.agentId);
    const removed = [await agentSocket.next((m) => m.id === 'removals'), await agentSocket.next((m) => m.id === 'removals')];
    expect(removed.map((m) => m.payload.data.inboxRemovals)).toEqual([taken!.conversationId, takenLater!.conversationId]);
    // Its inbox stream goes on with what it still sees: its own assignment only.
    const inbox = await agentSocket.next((m) => m.id === 'inbox');
    expect(inbox.payload.data.inboxEvents).toEqual({ reason: 'ASSIGNED', conversation: { id: kept!.conversationId } });
    // The owner sees every conversation, so nothing leaves its view.
    await ownerSocket.roundTrip();
    await expect(ownerSocket.next((m) => m.id === 'removals', 500)).rejects.toThrow();
    agentSocket.close();
    ownerSocket.close();
  });

  it("finds an AGENT's matches however many newer ones sit in conversations it may not see, and none of those", async () => {
    const searcher = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const colleague = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const open = await startVisitorConversation(t.url, ws.widgetKey, 'kumquat refund for order 9');
    const hidden = await startVisitorConversation(t.url, ws.widgetKey, 'hello');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId: hidden.conversationId, agentId: colleague.agentId } }, ws.ownerToken);
    // Newer matches than the one it may see, more than a page and its over-fetch used to read.
    for (let i = 0; i < 60; i++) await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: hidden.conversationId, body: `kumquat note ${i}`, internal: true, clientMessageId: randomUUID() } }, ws.ownerToken);
    const search = `query($first: Int!, $offset: Int!) { searchMessages(query: "kumquat", first: $first, offset: $offset) { conversationId body } }`;
    expect((await gqlData(t.url, search, { first: 1, offset: 0 }, searcher.token)).searchMessages).toEqual([{ conversationId: open.conversationId, body: 'kumquat refund for order 9' }]);
    expect((await gqlData(t.url, search, { first: 1, offset: 1 }, searcher.token)).searchMessages).toEqual([]);
    // An admin sees them all, newest first, a page at a time.
    const page = (await gqlData(t.url, search, { first: 50, offset: 20 }, ws.ownerToken)).searchMessages;
    expect(page.map((m: { body: string }) => m.body)).toEqual([...Array.from({ length: 40 }, (_, i) => `kumquat note ${39 - i}`), 'kumquat refund for order 9']);
  });

  it("ends an AGENT's typing and read-receipt streams when the conversation is assigned to someone else", async () => {
    const other = await startVisitorConversation(t.url, ws.widgetKey);
    const watcher = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const assignee = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    await gqlData(t.url, `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { lastReadSeq } }`, { input: { conversationId: other.conversationId, seq: 1 } }, other.visitorToken);
    const socket = await openAckedSocket(t.wsUrl, watcher.token);
    socket.send({ id: 'typing', type: 'subscribe', payload: { query: 'subscription($id: ID!) { typingEvents(conversationId: $id) { isTyping } }', variables: { id: other.conversationId } } });
    socket.send({ id: 'receipts', type: 'subscribe', payload: { query: 'subscription($id: ID!) { readReceipts(conversationId: $id) { lastReadSeq } }', variables: { id: other.conversationId } } });
    // Both streams are live: the current receipt arrives, and so does the visitor's typing.
    await socket.next((m) => m.id === 'receipts' && m.type === 'next');
    const typing = `mutation($input: SetTypingInput!) { setTyping(input: $input) { conversationId } }`;
    await gqlData(t.url, typing, { input: { conversationId: other.conversationId, isTyping: true } }, other.visitorToken);
    expect((await socket.next((m) => m.id === 'typing' && m.type === 'next')).payload.data.typingEvents.isTyping).toBe(true);

    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId: other.conversationId, agentId: assignee.agentId } }, ws.ownerToken);
    for (const id of ['typing', 'receipts']) {
      const ended = await socket.next((m) => m.id === id);
      expect(ended.type).toBe('error');
      expect(ended.payload[0].extensions.code).toBe('FORBIDDEN');
    }
    socket.close();
  });
});
