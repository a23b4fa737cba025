// Who may send to a conversation and what a send does to it, on every database. A plain text
// message decides this from the conversation read inside its own append; rich content and files
// read it before (send-message.ts): both paths must answer alike, and a refused send must store
// nothing and take no seq.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { errorCodeOf, gql, gqlData, openWsClient, subscribe, type GraphQLResponse } from '../testing/graphql-client.ts';
import { appendEvents } from '../conversation-log/append-event.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const UPDATE = 'mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { status } } }';
const ASSIGN = 'mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }';
const codeOf = (result: GraphQLResponse) => errorCodeOf(result) ?? 'ok';

describeEachStorage('sendMessage: access, closed conversations, reopening', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t.close());

  const send = (token: string, input: Record<string, unknown>) => gql(t.url, SEND_MESSAGE, { input: { clientMessageId: randomUUID(), ...input } }, token);
  const lastSeqOf = async (id: string) => (await t.app.deps.db.conversation.findUniqueOrThrow({ where: { id } })).lastSeq;
  const quickReply = { body: 'Shall we?', rich: { quickReplies: [{ label: 'Yes', postback: 'y' }] } };

  it('announces a retried message again, for a sender whose process died between the commit and the publish', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const client = openWsClient(t.wsUrl, ws.ownerToken);
    const stream = subscribe<any>(client, `subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { seq body } } }`, { id: visitor.conversationId });
    const sent = await send(ws.ownerToken, { conversationId: visitor.conversationId, body: 'before' });
    const beforeSeq: number = sent.data!.sendMessage.message.seq;
    await stream.waitFor(beforeSeq);
    // Stored and never published, as when the process is killed right after the commit.
    const clientMessageId = randomUUID();
    await appendEvents(t.app.deps, [{ workspaceId: ws.workspaceId, conversationId: visitor.conversationId, kind: 'TEXT', authorType: 'VISITOR', authorVisitorId: visitor.visitorId, body: 'lost in the crash', clientMessageId }]);
    const retried = await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: 'lost in the crash', clientMessageId } }, visitor.visitorToken);
    expect(retried.sendMessage.isDuplicate).toBe(true);
    const events = (await stream.waitFor(beforeSeq + 1)).map((e) => e.conversationEvents);
    expect(events.at(-1)).toEqual({ seq: beforeSeq + 1, body: 'lost in the crash' });
    await client.dispose();
  });

  it('answers NOT_FOUND for a conversation the caller may not see, as plain text and as rich content, and stores nothing', async () => {
    const a = await startVisitorConversation(t.url, ws.widgetKey, 'mine');
    const b = await startVisitorConversation(t.url, ws.widgetKey, 'theirs');
    const other = await createWorkspaceFixture(t.url, 'Other');
    const agent = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const { agentId: colleague } = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    await gqlData(t.url, ASSIGN, { input: { conversationId: a.conversationId, agentId: colleague } }, ws.ownerToken);
    const before = await lastSeqOf(a.conversationId);

    expect(codeOf(await send(b.visitorToken, { conversationId: a.conversationId, body: 'peek' }))).toBe('NOT_FOUND');
    expect(codeOf(await send(other.ownerToken, { conversationId: a.conversationId, body: 'across tenants' }))).toBe('NOT_FOUND');
    expect(codeOf(await send(other.ownerToken, { conversationId: a.conversationId, ...quickReply }))).toBe('NOT_FOUND');
    // An AGENT sees unassigned conversations and their own, not a colleague's.
    expect(codeOf(await send(agent.token, { conversationId: a.conversationId, body: 'not mine' }))).toBe('NOT_FOUND');
    expect(codeOf(await send(agent.token, { conversationId: a.conversationId, ...quickReply }))).toBe('NOT_FOUND');
    expect(codeOf(await send(a.visitorToken, { conversationId: 'c-no-such-conversation', body: 'hello?' }))).toBe('NOT_FOUND');
    expect(await lastSeqOf(a.conversationId)).toBe(before);
    expect(await t.app.deps.db.message.count({ where: { conversationId: a.conversationId } })).toBe(before);

    // The owner (ADMIN) may; the seq follows on without a gap.
    const sent = await send(ws.ownerToken, { conversationId: a.conversationId, body: 'admin here' });
    expect(sent.data?.sendMessage.message.seq).toBe(before + 1);
  });

  it('refuses new messages to a CLOSED conversation with CONVERSATION_CLOSED, gives a retry its original, and stores nothing', async () => {
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, 'before closing');
    const retried = randomUUID();
    const original = await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'sent once', clientMessageId: retried } }, visitorToken);
    await gqlData(t.url, UPDATE, { input: { conversationId, status: 'CLOSED' } }, ws.ownerToken);
    const before = await lastSeqOf(conversationId);

    expect(codeOf(await send(visitorToken, { conversationId, body: 'anyone?' }))).toBe('CONVERSATION_CLOSED');
    expect(codeOf(await send(ws.ownerToken, { conversationId, body: 'late reply' }))).toBe('CONVERSATION_CLOSED');
    expect(codeOf(await send(ws.ownerToken, { conversationId, ...quickReply }))).toBe('CONVERSATION_CLOSED');
    const retry = await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'sent once', clientMessageId: retried } }, visitorToken);
    expect(retry.sendMessage).toEqual({ ...original.sendMessage, isDuplicate: true });
    expect(await lastSeqOf(conversationId)).toBe(before);
    expect((await gqlData(t.url, 'query($id: ID!) { conversation(id: $id) { status } }', { id: conversationId }, ws.ownerToken)).conversation.status).toBe('CLOSED');
  });

  it('reopens a RESOLVED conversation when the visitor writes, not when an agent does', async () => {
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, 'help');
    const statusOf = async () => (await gqlData(t.url, 'query($id: ID!) { conversation(id: $id) { status } }', { id: conversationId }, ws.ownerToken)).conversation.status;
    await gqlData(t.url, UPDATE, { input: { conversationId, status: 'RESOLVED' } }, ws.ownerToken);
    expect(codeOf(await send(ws.ownerToken, { conversationId, body: 'anything else?' }))).toBe('ok');
    expect(await statusOf()).toBe('RESOLVED');
    expect(codeOf(await send(visitorToken, { conversationId, body: 'yes, one more thing' }))).toBe('ok');
    expect(await statusOf()).toBe('OPEN');
  });
});
