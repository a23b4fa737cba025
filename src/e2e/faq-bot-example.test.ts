// examples/faq-bot, run as its README says (tsx, KEFU_URL, KEFU_BOT_KEY) in its own process against
// a real server: it answers in the bot's turn, sends buttons, answers the tapped postback, and
// hands off with requestAgent, after which it stays quiet.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/faq-bot/', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`;
const EVENTS = `subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { id seq body authorType author { __typename ... on AgentBot { name } } rich { ... on RichQuickReplies { replies { label postback } } } } } }`;

let t: TestApp;
let ws: WorkspaceFixture;
let bot: ChildProcess;
let output = '';

beforeAll(async () => {
  t = await startTestApp();
  ws = await createWorkspaceFixture(t.url);
  const { createAgentBot } = await gqlData(t.url, `mutation { createAgentBot(input: { name: "FAQ bot" }) { token } }`, {}, ws.ownerToken);
  bot = spawn(TSX, ['src/main.ts'], { cwd: EXAMPLE, env: { ...process.env, KEFU_URL: t.url, KEFU_BOT_KEY: createAgentBot.token }, stdio: ['ignore', 'pipe', 'pipe'] });
  bot.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  bot.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitUntil(() => output.includes('listening as FAQ bot') || bot.exitCode !== null, 'the example to start', 60_000, { pollMs: 100 });
  expect(output).toContain('listening as FAQ bot');
}, 120_000);
afterAll(async () => {
  if (bot && bot.exitCode === null) {
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    bot.kill('SIGTERM');
    await exited;
  }
  await t?.close();
});

async function visitorConversation() {
  const token = (await gqlData(t.url, `mutation($k: String!) { startVisitorSession(input: { widgetKey: $k }) { token } }`, { k: ws.widgetKey })).startVisitorSession.token as string;
  const conversationId = (await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { id } } }`, {}, token)).startConversation.conversation.id as string;
  const client = openWsClient(t.wsUrl, token);
  const events = subscribe<any>(client, EVENTS, { id: conversationId });
  const send = (body: string, extra: Record<string, unknown> = {}) => gqlData(t.url, SEND, { input: { conversationId, body, clientMessageId: randomUUID(), ...extra } }, token);
  const botReplies = () => events.received.map((e) => e.conversationEvents).filter((m) => m.authorType === 'BOT');
  return { conversationId, token, events, send, botReplies, close: () => client.dispose() };
}

it('answers with buttons, answers the tapped button, and hands off with requestAgent', async () => {
  const chat = await visitorConversation();
  try {
    // Until the bot's inbox subscription is live a message may go unheard: say hello until it answers.
    await waitUntil(async () => (chat.botReplies().length > 0 ? true : (await chat.send('hello'), false)), 'the bot’s first answer', 30_000, { pollMs: 300 });
    const [greeting] = chat.botReplies();
    expect(greeting).toMatchObject({ author: { __typename: 'AgentBot', name: 'FAQ bot' }, body: expect.stringContaining('You said: “hello”') });
    const shipping = greeting.rich.replies.find((r: { postback: string }) => r.postback === 'faq:shipping');
    expect(shipping).toEqual({ label: 'How long does shipping take?', postback: 'faq:shipping' });

    await chat.send(shipping.label, { postback: { value: shipping.postback, messageId: greeting.id } });
    await waitUntil(() => chat.botReplies().some((m) => m.body === 'Orders ship within 2 days and arrive in 3–5 days.'), 'the FAQ answer', 30_000, { pollMs: 100 });

    await chat.send('I want a human please');
    await waitUntil(() => output.includes(`handed off ${chat.conversationId}`), 'the handoff', 30_000, { pollMs: 100 });
    expect(chat.botReplies().at(-1)!.body).toBe('Connecting you with a person now.');
    const conversation = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { queueStatus { state } activeAgentBot { id } } }`, { id: chat.conversationId }, ws.ownerToken);
    expect(conversation.conversation).toEqual({ queueStatus: { state: 'WAITING' }, activeAgentBot: null });
    // No built-in bot message at any point.
    expect(chat.botReplies().every((m) => m.author.__typename === 'AgentBot')).toBe(true);
  } finally {
    await chat.close();
  }
});
