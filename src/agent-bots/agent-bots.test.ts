// Agent bots through the API on every database: an external bot with a BOT key answers instead of
// the built-in bot, sends buttons, gets the visitor's postback typed, hands off with requestAgent
// and is then silent; its messages resolve to it as Message.author.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerVisitorMessage } from '../bot/reply/answer-visitor-message.ts';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';

const CREATE_BOT = `mutation($input: CreateAgentBotInput!) { createAgentBot(input: $input) { token apiKeyId agentBot { id name avatarUrl mode isEnabled departmentId } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq body } } }`;
const INBOX = `subscription { inboxEvents { reason conversation { id activeAgentBot { id } } message { id seq body authorType postback { value messageId } } } }`;
const VISITOR_EVENTS = `subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) {
  ... on Message { id seq body authorType
    author { __typename ... on AgentBot { id name avatarUrl } ... on Visitor { id } }
    agentBot { name }
    rich { __typename ... on RichQuickReplies { replies { label postback } } ... on RichCards { cards { title imageUrl buttons { label url postback } } } }
    postback { value messageId } } } }`;

describeEachStorage('agent bots over the API', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;

  beforeAll(async () => {
    t = await startTestApp({ provider, config: { bot: { enabled: true } } });
    ws = await createWorkspaceFixture(t.url);
  }, 180_000);
  afterAll(() => t?.close());

  const visitorSession = async () => (await gqlData(t.url, `mutation($k: String!) { startVisitorSession(input: { widgetKey: $k }) { token } }`, { k: ws.widgetKey })).startVisitorSession.token as string;
  const send = async (token: string, input: Record<string, unknown>) => (await gqlData(t.url, SEND, { input: { clientMessageId: randomUUID(), ...input } }, token)).sendMessage.message;
  const botTurn = async (messageId: string) => answerVisitorMessage(t.app.deps, await t.app.deps.db.message.findUniqueOrThrow({ where: { id: messageId } }));

  it('replaces the built-in bot, round-trips buttons and a postback, and hands off with requestAgent', async () => {
    const created = (await gqlData(t.url, CREATE_BOT, { input: { name: 'FAQ bot', avatarUrl: 'https://example.com/bot.png' } }, ws.ownerToken)).createAgentBot;
    expect(created.agentBot).toMatchObject({ name: 'FAQ bot', mode: 'SUBSCRIPTION', isEnabled: true, departmentId: null });
    const botId = created.agentBot.id as string;
    const botClient = openWsClient(t.wsUrl, created.token);
    const inbox = subscribe<any>(botClient, INBOX);
    // Poke the inbox from another conversation until the bot's subscription hears it.
    const warmUp = (await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { id } } }`, {}, await visitorSession())).startConversation.conversation.id;
    await waitUntil(async () => (await send(ws.ownerToken, { conversationId: warmUp, body: 'warm-up' }), inbox.received.length > 0), 'the bot’s inbox to listen', 30_000, { pollMs: 100 });
    const visitorToken = await visitorSession();
    const visitorClient = openWsClient(t.wsUrl, visitorToken);
    try {
      const started = await gqlData(t.url, `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id queueStatus { state } } message { id } } }`, { input: { firstMessage: { body: 'How long does shipping take?', clientMessageId: randomUUID() } } }, visitorToken);
      const conversationId = started.startConversation.conversation.id as string;
      expect(started.startConversation.conversation.queueStatus.state).toBe('NONE'); // not routed: the agent bot has the first turn
      expect(await botTurn(started.startConversation.message.id)).toBeNull(); // the built-in bot stays quiet

      const nextVisitorMessage = async () => {
        for (;;) {
          const { inboxEvents: e } = await inbox.next();
          if (e.reason === 'MESSAGE' && e.message.authorType === 'VISITOR' && e.conversation.id === conversationId) return e;
        }
      };
      const first = await nextVisitorMessage();
      expect(first.conversation).toEqual({ id: conversationId, activeAgentBot: { id: botId } });

      const buttons = await send(created.token, {
        conversationId,
        body: 'Which country? 1. China 2. Abroad',
        rich: { quickReplies: [{ label: 'China', postback: 'ship:cn' }, { label: 'Abroad', postback: 'ship:abroad' }] },
      });
      const stream = subscribe<any>(visitorClient, VISITOR_EVENTS, { id: conversationId });
      const [, shown] = (await stream.waitFor(2)).map((e) => e.conversationEvents);
      expect(shown).toMatchObject({
        seq: 2,
        authorType: 'BOT',
        author: { __typename: 'AgentBot', id: botId, name: 'FAQ bot', avatarUrl: 'https://example.com/bot.png' },
        agentBot: { name: 'FAQ bot' },
        rich: { __typename: 'RichQuickReplies', replies: [{ label: 'China', postback: 'ship:cn' }, { label: 'Abroad', postback: 'ship:abroad' }] },
      });

      const choice = await send(visitorToken, { conversationId, body: 'Abroad', postback: { value: 'ship:abroad', messageId: buttons.id } });
      expect(await botTurn(choice.id)).toBeNull();
      const answered = await nextVisitorMessage();
      expect(answered.message).toMatchObject({ body: 'Abroad', postback: { value: 'ship:abroad', messageId: buttons.id } });
      const [, , picked] = (await stream.waitFor(3)).map((e) => e.conversationEvents);
      expect(picked).toMatchObject({ seq: 3, authorType: 'VISITOR', author: { __typename: 'Visitor' }, postback: { value: 'ship:abroad' } });

      const handoff = await gqlData(t.url, `mutation($id: ID!) { requestAgent(input: { conversationId: $id }) { conversation { id activeAgentBot { id } } queueStatus { state } } }`, { id: conversationId }, created.token);
      expect(handoff.requestAgent).toMatchObject({ conversation: { activeAgentBot: null }, queueStatus: { state: 'WAITING' } });
      const after = await send(visitorToken, { conversationId, body: 'hello?' });
      expect((await nextVisitorMessage()).conversation.activeAgentBot).toBeNull();
      expect(await botTurn(after.id)).toBeNull();
      const history = await t.app.deps.db.message.findMany({ where: { conversationId }, orderBy: { seq: 'asc' } });
      expect(history.filter((m) => m.authorType === 'BOT').map((m) => m.authorApiKeyId)).toEqual([created.apiKeyId]); // no built-in bot reply at all
    } finally {
      await gqlData(t.url, `mutation($id: ID!) { disableAgentBot(input: { id: $id }) { agentBot { isEnabled } } }`, { id: botId }, ws.ownerToken);
      await botClient.dispose();
      await visitorClient.dispose();
    }
  });

  it('gives the turn back to the built-in bot once the agent bot is disabled', async () => {
    const visitorToken = await visitorSession();
    const started = await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { id } } }`, {}, visitorToken);
    const message = await send(visitorToken, { conversationId: started.startConversation.conversation.id, body: 'hello' });
    expect(await botTurn(message.id)).toMatchObject({ result: { type: expect.any(String) } });
  });

  it('answers a department’s conversations with its own bot before the workspace bot', async () => {
    const department = (await gqlData(t.url, `mutation { createDepartment(input: { name: "Sales" }) { department { id } } }`, {}, ws.ownerToken)).createDepartment.department.id;
    const workspaceBot = (await gqlData(t.url, CREATE_BOT, { input: { name: 'Everyone bot' } }, ws.ownerToken)).createAgentBot;
    const salesBot = (await gqlData(t.url, CREATE_BOT, { input: { name: 'Sales bot', departmentId: department } }, ws.ownerToken)).createAgentBot;
    const visitorToken = await visitorSession();
    const conversationId = (await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { id } } }`, {}, visitorToken)).startConversation.conversation.id;
    const active = async () => (await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { activeAgentBot { name } } }`, { id: conversationId }, ws.ownerToken)).conversation.activeAgentBot;
    expect(await active()).toEqual({ name: 'Everyone bot' });
    await t.app.deps.db.conversation.update({ where: { id: conversationId }, data: { departmentId: department } });
    expect(await active()).toEqual({ name: 'Sales bot' });
    const second = await gql(t.url, CREATE_BOT, { input: { name: 'Second sales bot', departmentId: department } }, ws.ownerToken);
    expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(second.errors?.[0]?.message).toContain('Sales bot');
    for (const bot of [workspaceBot, salesBot]) await gqlData(t.url, `mutation($id: ID!) { disableAgentBot(input: { id: $id }) { agentBot { isEnabled } } }`, { id: bot.agentBot.id }, ws.ownerToken);
    expect(await active()).toBeNull();
  });

  it('refuses bad agent bot input with the field and what to do', async () => {
    const issues = async (input: Record<string, unknown>, token = ws.ownerToken) => {
      const result = await gql(t.url, CREATE_BOT, { input }, token);
      return result.errors?.[0]?.extensions as { code: string; issues?: { path: string; message: string }[] };
    };
    expect(await issues({ name: 'Hook', mode: 'WEBHOOK' })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'webhookUrl', message: expect.stringContaining('needs a webhookUrl') }] });
    expect(await issues({ name: 'Hook', mode: 'WEBHOOK', webhookUrl: 'ftp://example.com/hook' })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'webhookUrl' }] });
    expect(await issues({ name: 'Bad avatar', avatarUrl: 'javascript:alert(1)' })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'avatarUrl' }] });
    expect(await issues({ name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'name' }] });
    expect(await issues({ name: 'Lost', departmentId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await issues({ name: 'Sneaky' }, await visitorSession())).toMatchObject({ code: 'FORBIDDEN' });
    const hook = (await gqlData(t.url, CREATE_BOT, { input: { name: 'Hook', mode: 'WEBHOOK', webhookUrl: 'https://bots.example.com/kefu' } }, ws.ownerToken)).createAgentBot.agentBot;
    expect(hook.mode).toBe('WEBHOOK');
    const cleared = await gql(t.url, `mutation($input: UpdateAgentBotInput!) { updateAgentBot(input: $input) { agentBot { id } } }`, { input: { id: hook.id, webhookUrl: null } }, ws.ownerToken);
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'webhookUrl' }] });
    const disabled = await gqlData(t.url, `mutation($input: UpdateAgentBotInput!) { updateAgentBot(input: $input) { agentBot { isEnabled name } } }`, { input: { id: hook.id, isEnabled: false, name: 'Hook 2' } }, ws.ownerToken);
    expect(disabled.updateAgentBot.agentBot).toEqual({ isEnabled: false, name: 'Hook 2' });
  });
});
