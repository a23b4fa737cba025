// The bot cascade through the public API, in Chinese and English: a visitor message goes in over
// GraphQL and the bot's reply (with its typed BotResult) comes out on the conversation stream.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const BOT_EVENTS = `subscription($id: ID!) {
  conversationEvents(conversationId: $id, afterSeq: 0) {
    ... on Message {
      seq body authorType
      botResult {
        __typename
        ... on BotIntentAnswer { intent confidence source }
        ... on BotKnowledgeAnswer { question confidence source }
        ... on BotSuggestions { suggestions { question score } source }
        ... on BotDefaultReply { source }
        ... on BotHandoff { reason source }
      }
    }
  }
}`;

const KNOWLEDGE = [
  { question: '门店可以带宠物进去吗？', alternates: ['能带狗进店吗'], answer: '门店欢迎牵绳的宠物。', language: 'zh' },
  { question: 'Can I bring my dog into the store?', alternates: ['Are pets allowed in the shop?'], answer: 'Leashed pets are welcome in our stores.', language: 'en' },
  { question: 'Do you offer gift wrapping for birthday presents?', alternates: [], answer: 'Yes, gift wrapping is free at checkout.', language: 'en' },
];

describe('bot cascade over the API', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;

  beforeAll(async () => {
    t = await startTestApp({ config: { bot: { enabled: true } } });
    ws = await createWorkspaceFixture(t.url);
    for (const entry of KNOWLEDGE) {
      await gqlData(t.url, `mutation($input: SaveKnowledgeEntryInput!) { saveKnowledgeEntry(input: $input) { entry { id } } }`, { input: entry }, ws.ownerToken);
    }
  }, 180_000);
  afterAll(() => t.close());

  /** A new visitor conversation; `say` sends a visitor message and resolves with the bot's reply. */
  async function converse() {
    const session = await gqlData(t.url, `mutation($k: String!) { startVisitorSession(input: { widgetKey: $k }) { token } }`, { k: ws.widgetKey });
    const token = session.startVisitorSession.token as string;
    const started = await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { id } } }`, {}, token);
    const conversationId = started.startConversation.conversation.id as string;
    const client = openWsClient(t.wsUrl, token);
    const stream = subscribe<any>(client, BOT_EVENTS, { id: conversationId });
    let seen = 0;
    return {
      conversationId,
      token,
      async say(body: string) {
        await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, token);
        const events = await stream.waitFor(seen + 2);
        seen += 2;
        const [mine, reply] = events.slice(-2).map((e) => e.conversationEvents);
        expect(mine.body).toBe(body);
        expect(reply.authorType).toBe('BOT');
        return reply;
      },
      close: () => client.dispose(),
    };
  }

  it('answers a confident intent in the visitor’s language', async () => {
    const chat = await converse();
    const zh = await chat.say('你好');
    expect(zh.botResult).toMatchObject({ __typename: 'BotIntentAnswer', intent: 'greeting', source: 'INTENT_MODEL' });
    expect(zh.body).toMatch(/[\u4e00-\u9fff]/);
    const en = await chat.say('Hello there!');
    expect(en.botResult).toMatchObject({ __typename: 'BotIntentAnswer', intent: 'greeting' });
    expect(en.body).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en.botResult.confidence).toBeGreaterThan(0.3);
    await chat.close();
  });

  it('answers the workspace’s own FAQ questions from the knowledge base, in both languages', async () => {
    const chat = await converse();
    const zh = await chat.say('门店可以带宠物进去吗？');
    expect(zh.botResult).toMatchObject({ __typename: 'BotKnowledgeAnswer', question: '门店可以带宠物进去吗？', source: 'KNOWLEDGE_BASE' });
    expect(zh.body).toBe('门店欢迎牵绳的宠物。');
    const en = await chat.say('Are pets allowed in the shop?');
    expect(en.botResult).toMatchObject({ __typename: 'BotKnowledgeAnswer', question: 'Can I bring my dog into the store?' });
    await chat.close();
  });

  it('offers “did you mean” suggestions for a partial match, then hands off after two fallbacks', async () => {
    const chat = await converse();
    const unsure = await chat.say('birthday wrapping paper colours');
    expect(unsure.botResult.__typename).toBe('BotSuggestions');
    expect(unsure.botResult.suggestions[0].question).toBe('Do you offer gift wrapping for birthday presents?');
    const handoff = await chat.say('qwxz zzkj vvq');
    expect(handoff.botResult).toMatchObject({ __typename: 'BotHandoff', reason: 'REPEATED_FALLBACK' });
    const state = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { queueState } }`, { c: chat.conversationId }, ws.ownerToken);
    expect(state.conversation.queueState).toBe('WAITING');
    await chat.close();
  });

  it('falls back to the workspace default reply when nothing matches', async () => {
    const chat = await converse();
    const fallback = await chat.say('qwxz zzkj vvq');
    expect(fallback.botResult).toMatchObject({ __typename: 'BotDefaultReply', source: 'WORKSPACE_DEFAULT' });
    await chat.close();
  });

  it('hands off at once when the visitor asks for a person (zh and en), then stays quiet', async () => {
    for (const request of ['我要转人工', 'I want to talk to a human']) {
      const chat = await converse();
      const handoff = await chat.say(request);
      expect(handoff.botResult).toMatchObject({ __typename: 'BotHandoff', reason: 'REQUESTED' });
      await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: chat.conversationId, body: '你好', clientMessageId: randomUUID() } }, chat.token);
      const history = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { messages(first: 20) { edges { node { authorType } } } } }`, { c: chat.conversationId }, ws.ownerToken);
      expect(history.conversation.messages.edges.map((e: any) => e.node.authorType).filter((a: string) => a === 'BOT')).toHaveLength(1);
      await chat.close();
    }
  });

  it('previews a reply for people tuning the bot', async () => {
    const preview = await gqlData(t.url, `{ botPreview(text: "我想退货") { language intents { intent } result { __typename } } }`, {}, ws.ownerToken);
    expect(preview.botPreview.language).toBe('zh');
    expect(preview.botPreview.intents[0].intent).toBe('return_exchange');
  });

  it('uses new answers at once and a retrained model without a restart', async () => {
    await gqlData(t.url, `mutation { saveBotIntent(input: { name: "greeting", answerEn: "Howdy from Acme!" }) { intent { name } } }`, {}, ws.ownerToken);
    const chat = await converse();
    expect((await chat.say('Hello there!')).body).toBe('Howdy from Acme!');
    await chat.close();

    const examples = ['my kettle is broken under warranty', 'warranty repair for my toaster', 'is the blender still covered by warranty', 'how do I claim the warranty', 'warranty claim please', '保修怎么申请', '我的电水壶还在保修期吗', '申请保修维修'];
    await gqlData(
      t.url,
      `mutation($input: SaveBotIntentInput!) { saveBotIntent(input: $input) { intent { name examples } } }`,
      { input: { name: 'warranty_claim', answerEn: 'Send us the order number and a photo to claim the warranty.', answerZh: '请提供订单号和照片申请保修。', examples: examples.map((text) => ({ text, language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' })) } },
      ws.ownerToken,
    );
    const trained = await gqlData(t.url, `mutation { trainBot { modelId metrics } }`, {}, ws.ownerToken);
    expect(trained.trainBot.metrics.ownExamples).toBe(examples.length);
    const preview = await gqlData(t.url, `{ botPreview(text: "can I claim warranty for my kettle") { intents { intent } body } }`, {}, ws.ownerToken);
    expect(preview.botPreview.intents[0].intent).toBe('warranty_claim');
    expect(preview.botPreview.body).toBe('Send us the order number and a photo to claim the warranty.');
  }, 180_000);
});
