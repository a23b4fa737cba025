// A transfer note is stored as an internal message, so it obeys the message limit
// (limits.messageMaxBytes, in UTF-8 bytes) and is refused in the words every message body is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createAgentFixture, createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const TRANSFER = 'mutation($input: TransferConversationInput!) { transferConversation(input: $input) { conversation { assignee { id } } } }';
const LAST_MESSAGES = 'query($id: ID!) { conversation(id: $id) { messages(last: 2) { edges { node { kind internal body } } } } }';
const { messageMaxBytes } = loadConfig().limits;

describe('transferConversation note', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversationId: string;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    ({ conversationId } = await startVisitorConversation(t.url, ws.widgetKey));
  });
  afterAll(() => t.close());

  const transfer = (note: string) => gql(t.url, TRANSFER, { input: { conversationId, agentId: ws.ownerId, note } }, ws.ownerToken);

  it('refuses a note over the limit in UTF-8 bytes, naming the size and the limit (6,000 Chinese characters: 18,000 bytes)', async () => {
    const result = await transfer('好'.repeat(6_000));
    expect(result.errors?.[0]).toMatchObject({
      message: 'Invalid input: note: Message is 17.6 KB; the limit is 16 KB.',
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'note', message: 'Message is 17.6 KB; the limit is 16 KB.' }] },
    });
  });

  it('refuses a blank note saying to write one or leave it out', async () => {
    const result = await transfer('   ');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ path: 'note', message: 'Write the note for the agent, or leave the note out' }] });
  });

  it('states exact bytes for a note one byte over the limit, and stores one at the limit', async () => {
    const over = await transfer('a'.repeat(messageMaxBytes + 1));
    expect(over.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ path: 'note', message: `Message is ${messageMaxBytes + 1} bytes; the limit is ${messageMaxBytes} bytes.` }] });
    const atLimit = `${'好'.repeat((messageMaxBytes - 1) / 3)}a`;
    expect(Buffer.byteLength(atLimit)).toBe(messageMaxBytes);
    expect(await transfer(atLimit)).toEqual({ data: { transferConversation: { conversation: { assignee: { id: ws.ownerId } } } } });
    const history = await gql(t.url, LAST_MESSAGES, { id: conversationId }, ws.ownerToken);
    expect(history.data?.conversation.messages.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { kind: 'ASSIGNED', internal: false, body: 'Owner joined the conversation' },
      { kind: 'TEXT', internal: true, body: atLimit },
    ]);
  });

  it('leaves no note when the transfer is refused, however often it is tried', async () => {
    const full = await createAgentFixture(t.url, ws.ownerToken);
    await gqlData(t.url, `mutation($input: UpdateAgentRoutingInput!) { updateAgentRouting(input: $input) { agent { id } } }`, { input: { agentId: full.agentId, maxConcurrent: 1 } }, ws.ownerToken);
    const first = await startVisitorConversation(t.url, ws.widgetKey);
    await gqlData(t.url, TRANSFER, { input: { conversationId: first.conversationId, agentId: full.agentId } }, ws.ownerToken);
    const second = await startVisitorConversation(t.url, ws.widgetKey);
    for (let i = 0; i < 2; i++) {
      const refused = await gql(t.url, TRANSFER, { input: { conversationId: second.conversationId, agentId: full.agentId, note: 'Wants a refund' } }, ws.ownerToken);
      expect(refused.errors?.[0]?.extensions?.code).toBe('AGENT_AT_CAPACITY');
    }
    const notes = await t.app.deps.db.message.count({ where: { conversationId: second.conversationId, internal: true } });
    expect(notes).toBe(0);
  });
});
