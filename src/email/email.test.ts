// Email through a real local SMTP server: the team is told of a left message and of a visitor
// waiting with nobody online, the visitor gets a transcript; the bot never answers a left message.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { startVisitor } from '../testing/routing-fixtures.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startSmtpInbox, type SmtpInbox } from '../testing/smtp-inbox.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';

const START = `mutation { startConversation(input: {}) { conversation { id number } } }`;
const LEAVE = `mutation($input: LeaveMessageInput!) { leaveMessage(input: $input) { isDuplicate message { id kind authorType data } conversation { leftMessageAt } } }`;
const TRANSCRIPT = `mutation($input: SendTranscriptInput!) { sendTranscript(input: $input) { email } }`;
const HISTORY = `query($id: ID!) { conversation(id: $id) { messages(first: 50) { edges { node { seq kind authorType body } } } } }`;

describeEachStorage('email', (provider) => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let w: WorkspaceFixture;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({ provider, config: { bot: { enabled: true }, email: { smtpUrl: inbox.url, from: 'Support <support@example.com>' }, limits: { visitorTranscriptsPerHour: 5 } } });
    w = await createWorkspaceFixture(t.url, 'Mail');
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('stores a left message as its own kind, emails it to the agents, and the bot never answers it', async () => {
    const visitor = await startVisitor(t.url, w.widgetKey, 'Mia');
    const { startConversation } = await gqlData(t.url, START, {}, visitor.token);
    const conversationId = startConversation.conversation.id;
    const input = { conversationId, name: 'Mia Chen', email: 'mia@example.com', message: 'Please call me back about order 1234', clientMessageId: randomUUID() };
    const left = await gqlData(t.url, LEAVE, { input }, visitor.token);
    expect(left.leaveMessage).toMatchObject({ isDuplicate: false, message: { kind: 'LEFT_MESSAGE', authorType: 'VISITOR', data: { name: 'Mia Chen', email: 'mia@example.com' } } });
    expect(left.leaveMessage.conversation.leftMessageAt).not.toBeNull();
    expect((await gqlData(t.url, LEAVE, { input }, visitor.token)).leaveMessage.isDuplicate).toBe(true);

    const mail = await inbox.waitFor((m) => m.text.includes('order 1234'));
    const owner = await gqlData(t.url, `{ viewer { agent { email } } }`, {}, w.ownerToken);
    expect(mail.to).toEqual([owner.viewer.agent.email]);
    expect(mail.text).toMatch(/Reply-To: mia@example\.com/i);
    expect(mail.text).toContain(`Subject: New message left in conversation #${startConversation.conversation.number}`);

    // The bot answers the next chat line, and that is its only reply: the left message got none.
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'hello', clientMessageId: randomUUID() } }, visitor.token);
    let events: { seq: number; kind: string; authorType: string }[] = [];
    await waitUntil(async () => {
      events = (await gqlData(t.url, HISTORY, { id: conversationId }, w.ownerToken)).conversation.messages.edges.map((e: any) => e.node);
      return events.some((e) => e.authorType === 'BOT');
    }, 'the bot’s reply to hello');
    expect(events.map((e) => [e.kind, e.authorType])).toEqual([
      ['LEFT_MESSAGE', 'VISITOR'],
      ['TEXT', 'VISITOR'],
      ['TEXT', 'BOT'],
    ]);
    const profile = await gqlData(t.url, `query($id: ID!) { visitor(id: $id) { name email } }`, { id: visitor.visitorId }, w.ownerToken);
    expect(profile.visitor).toEqual({ name: 'Mia Chen', email: 'mia@example.com' });
  });

  it('answers a left message over the size limit with MESSAGE_TOO_LARGE, as sendMessage does, and stores nothing', async () => {
    const visitor = await startVisitor(t.url, w.widgetKey, 'Long Li');
    const { startConversation } = await gqlData(t.url, START, {}, visitor.token);
    const conversationId = startConversation.conversation.id;
    const maxBytes = t.app.deps.config.limits.messageMaxBytes;
    const result = await gql(t.url, LEAVE, { input: { conversationId, email: 'li@example.com', message: '长'.repeat(maxBytes), clientMessageId: randomUUID() } }, visitor.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'MESSAGE_TOO_LARGE', maxBytes });
    expect(result.errors?.[0]?.message).toMatch(/the limit is 16 KB/);
    expect((await gqlData(t.url, HISTORY, { id: conversationId }, w.ownerToken)).conversation.messages.edges).toEqual([]);
  });

  it('bounds the transcripts a workspace\'s visitors can have emailed to addresses they name, across visitors; staff are not counted', async () => {
    const shop = await createWorkspaceFixture(t.url, 'Transcript limit');
    const sendAsNewVisitor = async (i: number) => {
      const visitor = await startVisitor(t.url, shop.widgetKey, `Stranger ${i}`);
      const { startConversation } = await gqlData(t.url, START, {}, visitor.token);
      return { conversationId: startConversation.conversation.id as string, result: await gql(t.url, TRANSCRIPT, { input: { conversationId: startConversation.conversation.id, email: `someone-${i}@example.com` } }, visitor.token) };
    };
    for (let i = 0; i < 5; i++) expect((await sendAsNewVisitor(i)).result.errors).toBeUndefined();
    const refused = await sendAsNewVisitor(5);
    expect(refused.result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.result.errors?.[0]?.message).toMatch(/^Too many transcript emails asked for by visitors of this workspace/);
    const byStaff = await gql(t.url, TRANSCRIPT, { input: { conversationId: refused.conversationId, email: 'customer@example.com' } }, shop.ownerToken);
    expect(byStaff.errors).toBeUndefined();
    // Another workspace's visitors have their own count.
    const elsewhere = await startVisitor(t.url, w.widgetKey, 'Elsewhere');
    const { startConversation } = await gqlData(t.url, START, {}, elsewhere.token);
    expect((await gql(t.url, TRANSCRIPT, { input: { conversationId: startConversation.conversation.id, email: 'elsewhere@example.com' } }, elsewhere.token)).errors).toBeUndefined();
  });

  it('tells the team when a visitor waits with nobody online, and the visitor gets no made-up wait', async () => {
    const visitor = await startVisitor(t.url, w.widgetKey, 'Waiting Wu');
    const { startConversation } = await gqlData(t.url, START, {}, visitor.token);
    const asked = await gqlData(t.url, `mutation($input: RequestAgentInput!) { requestAgent(input: $input) { queueStatus { state position etaSeconds isAgentOnline } } }`, { input: { conversationId: startConversation.conversation.id } }, visitor.token);
    expect(asked.requestAgent.queueStatus).toEqual({ state: 'WAITING', position: 1, etaSeconds: null, isAgentOnline: false });
    const mail = await inbox.waitFor((m) => m.text.includes('Waiting Wu'));
    expect(mail.text).toContain(`Subject: A visitor is waiting and no agent is online (#${startConversation.conversation.number})`);
  });

  it('emails the visitor a transcript of what they could see, to the address they gave', async () => {
    const visitor = await startVisitor(t.url, w.widgetKey, 'Lin');
    const { startConversation } = await gqlData(t.url, START, {}, visitor.token);
    const conversationId = startConversation.conversation.id;
    const noEmail = await gql(t.url, TRANSCRIPT, { input: { conversationId } }, visitor.token);
    expect(noEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badEmail = await gql(t.url, TRANSCRIPT, { input: { conversationId, email: 'not-an-address' } }, visitor.token);
    expect(badEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'Where is parcel 77?', clientMessageId: randomUUID() } }, visitor.token);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'Secret staff note', internal: true, clientMessageId: randomUUID() } }, w.ownerToken);
    const sent = await gqlData(t.url, TRANSCRIPT, { input: { conversationId, email: 'lin@example.com' } }, visitor.token);
    expect(sent.sendTranscript.email).toBe('lin@example.com');
    const mail = await inbox.waitFor((m) => m.to.includes('lin@example.com'));
    expect(mail.text).toContain('Lin:\r\nWhere is parcel 77?');
    expect(mail.text).not.toContain('Secret staff note');
    // The address is kept: the next request needs none.
    expect((await gqlData(t.url, TRANSCRIPT, { input: { conversationId } }, visitor.token)).sendTranscript.email).toBe('lin@example.com');
    const other = await startVisitor(t.url, w.widgetKey);
    expect((await gql(t.url, TRANSCRIPT, { input: { conversationId, email: 'x@example.com' } }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
