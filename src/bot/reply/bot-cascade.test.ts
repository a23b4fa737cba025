// The bot cascade through the public API, in Chinese and English, on both databases: a visitor
// message goes in over GraphQL and the bot's reply (with its typed BotResult) comes out on the
// conversation stream. The order of authority: the workspace's entries first, shipped intent
// answers only once the workspace enabled them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postOfflineReply } from '../../routing/queue/post-offline-reply.ts';
import { createAgentFixture, createWorkspaceFixture, SEND_MESSAGE, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { gql, gqlData, openWsClient, subscribe } from '../../testing/graphql-client.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';
import { answerVisitorMessage } from './answer-visitor-message.ts';

const BOT_EVENTS = `subscription($id: ID!) {
  conversationEvents(conversationId: $id, afterSeq: 0) {
    ... on Message {
      seq body authorType
      botResult {
        __typename
        ... on BotIntentAnswer { intent confidence source }
        ... on BotKnowledgeAnswer { knowledgeEntryId question confidence source }
        ... on BotSuggestions { suggestions { knowledgeEntryId question score } source }
        ... on BotDefaultReply { source }
        ... on BotSmallTalk { intent source }
        ... on BotHandoff { reason source }
      }
    }
  }
}`;
const PREVIEW = `query($text: String!) { botPreview(text: $text) { body language result { __typename ... on BotKnowledgeAnswer { knowledgeEntryId } ... on BotIntentAnswer { intent } ... on BotSuggestions { suggestions { knowledgeEntryId } } ... on BotHandoff { reason } } } }`;
const SAVE_ENTRY = `mutation($input: SaveKnowledgeEntryInput!) { saveKnowledgeEntry(input: $input) { entry { id } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateBotSettingsInput!) { updateBotSettings(input: $input) { settings { enabled defaultReply defaultReplyZh defaultReplyEn fallbacksBeforeHandoff answerLanguage knowledgeAnswerThreshold } } }`;

const KNOWLEDGE = {
  shipTime: { question: 'How long does shipping take?', alternates: ['When will my order arrive?'], answer: 'Orders leave our Hangzhou warehouse within 2 days and arrive in 3–5 days by SF Express.', language: 'en' },
  shipAbroad: { question: 'Do you ship abroad?', alternates: [], answer: 'We ship to Singapore, Malaysia and Hong Kong for a flat 60 yuan.', language: 'en' },
  refundZh: { question: '退款多久到账？', alternates: ['退款什么时候到'], answer: '仓库收到退货后 2 个工作日内退款，原路返回。', language: 'zh' },
  shipZh: { question: '多久能发货？', alternates: [], answer: '付款后 48 小时内从杭州仓库发出，顺丰 3–5 天送达。', language: 'zh' },
  orderStatus: { question: 'How can I check my order status?', alternates: [], answer: 'Send us your order number and we will look it up.', language: 'en' },
};
/** Facts of the shipped demo shop that must never reach a workspace that did not enable them. */
const DEMO_FACTS = /400-820-1234|555-0134|WELCOME10|小叶|Leaf|满 99 元包邮|over \$49/;

describeEachStorage('bot cascade over the API', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  const ids: Record<keyof typeof KNOWLEDGE, string> = {} as never;

  beforeAll(async () => {
    t = await startTestApp({ provider, config: { bot: { enabled: true } } });
    ws = await createWorkspaceFixture(t.url);
    for (const [name, entry] of Object.entries(KNOWLEDGE)) {
      ids[name as keyof typeof KNOWLEDGE] = (await gqlData(t.url, SAVE_ENTRY, { input: entry }, ws.ownerToken)).saveKnowledgeEntry.entry.id;
    }
  }, 180_000);
  afterAll(() => t?.close());

  const preview = async (text: string, token = ws.ownerToken) => (await gqlData(t.url, PREVIEW, { text }, token)).botPreview;

  /** A new visitor conversation; `say` sends a visitor message and resolves with the bot's reply. */
  async function converse(workspace = ws, locale?: string) {
    const session = await gqlData(t.url, `mutation($k: String!, $l: String) { startVisitorSession(input: { widgetKey: $k, locale: $l }) { token } }`, { k: workspace.widgetKey, l: locale });
    const token = session.startVisitorSession.token as string;
    const started = await gqlData(t.url, `mutation { startConversation(input: {}) { conversation { id } } }`, {}, token);
    const conversationId = started.startConversation.conversation.id as string;
    const client = openWsClient(t.wsUrl, token);
    const stream = subscribe<any>(client, BOT_EVENTS, { id: conversationId });
    let seen = 0;
    const send = async (body: string, asToken = token) =>
      (await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, asToken)).sendMessage.message;
    return {
      conversationId,
      token,
      send,
      async say(body: string) {
        await send(body);
        const events = await stream.waitFor(seen + 2);
        seen += 2;
        const [mine, reply] = events.slice(-2).map((e) => e.conversationEvents);
        expect(mine.body).toBe(body);
        expect(reply.authorType).toBe('BOT');
        return reply;
      },
      /** The first `count` events of the conversation. */
      events: async (count: number) => (await stream.waitFor(count)).map((e) => e.conversationEvents),
      /** The bot's decision for a stored visitor message, run to completion (null: it stays quiet). */
      async botTurn(messageId: string) {
        const message = await t.app.deps.db.message.findUniqueOrThrow({ where: { id: messageId } });
        return answerVisitorMessage(t.app.deps, message);
      },
      close: () => client.dispose(),
    };
  }

  it('answers the workspace’s own entry for paraphrases that share no question word, in both languages', async () => {
    expect((await preview('can you send it to Singapore')).result).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.shipAbroad });
    expect((await preview('what is my order status')).result).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.orderStatus });
    expect((await preview('什么时候发货')).result).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.shipZh });
    const zh = await preview('退款要几天');
    expect(zh).toMatchObject({ language: 'zh', result: { __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.refundZh } });
  });

  it('shows the best-matching entries of the reply language with their scores, best first, in botPreview', async () => {
    const ranked = `query($text: String!) { botPreview(text: $text) { result { __typename } entries { knowledgeEntryId question score } } }`;
    const { entries } = (await gqlData(t.url, ranked, { text: 'when will my parcel get here' }, ws.ownerToken)).botPreview;
    expect(entries[0]).toMatchObject({ knowledgeEntryId: ids.shipTime, question: KNOWLEDGE.shipTime.question });
    expect(entries.map((e: { knowledgeEntryId: string }) => e.knowledgeEntryId)).not.toContain(ids.refundZh);
    const scores = entries.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await gqlData(t.url, ranked, { text: '转人工' }, ws.ownerToken)).botPreview).toEqual({ result: { __typename: 'BotHandoff' }, entries: [] });
    // Nothing to match (an image sent alone): refused, not answered with "did you mean" questions.
    for (const text of ['', '   ']) {
      const { errors } = await gql(t.url, ranked, { text }, ws.ownerToken);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'text', message: 'Write the visitor message to preview' }] });
    }
  });

  it('does not answer a visitor’s "yes" or "ok" with an entry whose answer opens with "Yes." or whose phrasing says OK', async () => {
    const shop = await createWorkspaceFixture(t.url, 'Tea shop');
    const entries = [
      { question: 'Do you deliver?', alternates: [], answer: 'Yes. Order on Meituan, or within 3 km of a store through our mini-program.', language: 'en' },
      { question: 'Do your drinks contain caffeine?', alternates: ['Is it OK to drink at night?'], answer: 'Every drink with a tea base has caffeine.', language: 'en' },
      { question: 'What toppings do you have?', alternates: [], answer: 'Pearls, coconut jelly and pudding at 2 yuan each.', language: 'en' },
    ];
    for (const input of entries) await gqlData(t.url, SAVE_ENTRY, { input }, shop.ownerToken);
    for (const text of ['yes', 'OK!', 'ok got it']) {
      expect((await preview(text, shop.ownerToken)).result.__typename, text).not.toBe('BotKnowledgeAnswer');
    }
    expect((await preview('do you deliver to my office', shop.ownerToken)).result.__typename).toBe('BotKnowledgeAnswer');
  });

  it('matches Traditional Chinese against Simplified entries', async () => {
    const reply = await preview('退錢要幾天才到帳？');
    expect(reply.result).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.refundZh });
    expect(reply.body).toBe(KNOWLEDGE.refundZh.answer);
  });

  it('answers an entry’s own question word for word, and a Chinese message with English words from the Chinese entry', async () => {
    for (const name of Object.keys(KNOWLEDGE) as (keyof typeof KNOWLEDGE)[]) {
      expect((await preview(KNOWLEDGE[name].question)).result).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids[name] });
    }
    expect(await preview('shipping 要几天')).toMatchObject({ language: 'zh', result: { __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.shipZh } });
  });

  it('never sends a shipped intent answer the workspace did not enable, and sends it once enabled', async () => {
    const fresh = await createWorkspaceFixture(t.url, 'Fresh');
    for (const text of ['你好', 'hello there', '怎么联系你们客服电话', 'what is your phone number', 'do you have a coupon code', '满多少包邮']) {
      const reply = await preview(text, fresh.ownerToken);
      expect(reply.result.__typename, text).not.toBe('BotIntentAnswer');
      expect(reply.body, text).not.toMatch(DEMO_FACTS);
    }
    const chat = await converse(fresh);
    // A greeting gets Kefu's own neutral words, not the demo shop's greeting.
    expect(await chat.say('你好')).toMatchObject({ body: '您好！请问有什么可以帮您？', botResult: { __typename: 'BotSmallTalk', intent: 'greeting', source: 'INTENT_MODEL' } });
    await chat.close();

    const listed = await gqlData(t.url, `{ shippedBotIntents { name answerEnabled answerZh } }`, {}, fresh.ownerToken);
    expect(listed.shippedBotIntents.find((i: any) => i.name === 'greeting')).toMatchObject({ answerEnabled: false, answerZh: expect.stringMatching(DEMO_FACTS) });
    const enabled = await gqlData(t.url, `mutation { saveBotIntent(input: { name: "greeting", answerEnabled: true }) { intent { name answerEnabled answerZh } } }`, {}, fresh.ownerToken);
    expect(enabled.saveBotIntent.intent).toEqual({ name: 'greeting', answerEnabled: true, answerZh: null });
    expect((await preview('你好', fresh.ownerToken)).result).toEqual({ __typename: 'BotIntentAnswer', intent: 'greeting' });
    await gqlData(t.url, `mutation { saveBotIntent(input: { name: "greeting", answerEnabled: false }) { intent { name } } }`, {}, fresh.ownerToken);
    expect((await preview('你好', fresh.ownerToken)).result.__typename).not.toBe('BotIntentAnswer');
  });

  it('answers with the workspace’s entry even where an enabled shipped intent covers the topic', async () => {
    await gqlData(t.url, `mutation { saveBotIntent(input: { name: "shipping", answerEnabled: true }) { intent { name } } }`, {}, ws.ownerToken);
    const reply = await preview('How long does shipping take?');
    expect(reply.result).toEqual({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.shipTime });
    expect(reply.body).not.toMatch(DEMO_FACTS);
    await gqlData(t.url, `mutation { saveBotIntent(input: { name: "shipping", answerEnabled: false }) { intent { name } } }`, {}, ws.ownerToken);
  });

  it('refuses to switch an intent that does not exist (a typo) instead of creating an empty one', async () => {
    const fresh = await createWorkspaceFixture(t.url, 'Typo');
    const typo = await gql(t.url, `mutation { saveBotIntent(input: { name: "greting", answerEnabled: true }) { intent { name } } }`, {}, fresh.ownerToken);
    expect(typo.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(typo.errors?.[0]?.message).toMatch(/^No intent is named greting\. The shipped intents are .*\bgreeting\b/);
    expect((await gqlData(t.url, `{ botIntents { name } }`, {}, fresh.ownerToken)).botIntents).toEqual([]);
    // A new intent with examples or an answer, or one that exists, is switched as before.
    await gqlData(t.url, `mutation { saveBotIntent(input: { name: "pet_policy", answerEn: "Pets are welcome." }) { intent { name } } }`, {}, fresh.ownerToken);
    const off = await gqlData(t.url, `mutation { saveBotIntent(input: { name: "pet_policy", answerEnabled: false }) { intent { name answerEnabled } } }`, {}, fresh.ownerToken);
    expect(off.saveBotIntent.intent).toEqual({ name: 'pet_policy', answerEnabled: false });
  });

  it('hands off on a request for a person but not on look-alikes or negations', async () => {
    for (const text of ['你是人工智能吗', '不用转人工，告诉我退款政策就行', '你们的转接头多少钱', 'are you a real person or a bot?']) {
      expect((await preview(text)).result.__typename, text).not.toBe('BotHandoff');
    }
    for (const text of ['转人工', 'I want to talk to a human']) {
      const chat = await converse();
      const handoff = await chat.say(text);
      expect(handoff.botResult).toMatchObject({ __typename: 'BotHandoff', reason: 'REQUESTED' });
      const later = await chat.send('你好');
      expect(await chat.botTurn(later.id)).toBeNull();
      await chat.close();
    }
  });

  it('answers greetings and thanks in neutral words, and they neither count toward the handoff nor reset the fallbacks', async () => {
    // With a knowledge base whose entries a greeting does not name, too.
    expect((await preview('你好')).result.__typename).toBe('BotSmallTalk');
    const own = await createWorkspaceFixture(t.url, 'Small talk');
    await gqlData(t.url, UPDATE_SETTINGS, { input: { fallbacksBeforeHandoff: 2 } }, own.ownerToken);
    const chat = await converse(own);
    expect((await chat.say('qwxz zzkj vvq')).botResult.__typename).toMatch(/^Bot(DefaultReply|Suggestions)$/);
    expect((await chat.say('你好')).botResult).toMatchObject({ __typename: 'BotSmallTalk', intent: 'greeting' });
    const thanks = await chat.say('thank you so much');
    expect(thanks).toMatchObject({ body: 'You’re welcome! Anything else I can help with?', botResult: { __typename: 'BotSmallTalk', intent: 'thanks' } });
    // The second fallback in the conversation hands off: the small talk between did not reset the count.
    expect((await chat.say('vvqp plkk zzxq')).botResult).toMatchObject({ __typename: 'BotHandoff', reason: 'REPEATED_FALLBACK' });
    await chat.close();

    // A greeting that also names an entry's words gets the entries as suggestions, not small talk.
    for (const question of ['Do you have a store in Shanghai?', 'Do you have a store in Beijing?']) {
      await gqlData(t.url, SAVE_ENTRY, { input: { question, alternates: [], answer: `Yes: ${question.slice(24, -1)}.`, language: 'en' } }, own.ownerToken);
    }
    expect((await preview('hello! store?', own.ownerToken)).result.__typename).toMatch(/^Bot(Suggestions|KnowledgeAnswer)$/);
    expect((await preview('你好', own.ownerToken)).result.__typename).toBe('BotSmallTalk');
  });

  it('counts the same answer twice in a row as a fallback instead of repeating it', async () => {
    const chat = await converse();
    const first = await chat.say('what is my order status');
    expect(first.botResult).toMatchObject({ __typename: 'BotKnowledgeAnswer', knowledgeEntryId: ids.orderStatus });
    const again = await chat.say('check my order status');
    expect(again.botResult.__typename).not.toBe('BotKnowledgeAnswer');
    expect(again.body).not.toBe(first.body);
    const third = await chat.say('qwxz zzkj vvq');
    expect(third.botResult).toMatchObject({ __typename: 'BotHandoff', reason: 'REPEATED_FALLBACK' });
    await chat.close();
  });

  it('answers a burst of messages in turn: the second counts the first’s fallback and hands off, the third gets no bot reply', async () => {
    const chat = await converse();
    const sent = await Promise.all(['qwxz zzkj', 'vvqp plkk', 'zzxq kkvw'].map((body) => chat.send(body)));
    const events = await chat.events(sent.length + 2);
    const bots = events.filter((e) => e.authorType === 'BOT');
    expect(bots.map((e) => e.botResult.__typename)).toEqual([expect.stringMatching(/^Bot(DefaultReply|Suggestions)$/), 'BotHandoff']);
    expect(bots[1].botResult.reason).toBe('REPEATED_FALLBACK');
    // The third message's turn ran after the handoff and found a person's turn.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await t.app.deps.db.message.count({ where: { conversationId: chat.conversationId, authorType: 'BOT' } })).toBe(2);
    await chat.close();
  });

  it('keeps the conversation’s language for a message without words', async () => {
    const chat = await converse();
    await chat.say('退款要几天');
    const reply = await chat.say('？？');
    expect(reply.body).toMatch(/[\u4e00-\u9fff]/);
    await chat.close();
  });

  it('answers a first message without words in the visitor’s locale', async () => {
    for (const [locale, text, isChinese] of [['zh-CN', '？', true], ['zh-TW', '1234567890', true], ['en-GB', '？', false]] as const) {
      const chat = await converse(ws, locale);
      const reply = await chat.say(text);
      expect(/[\u4e00-\u9fff]/.test(reply.body), `${locale} ${text}: ${reply.body}`).toBe(isChinese);
      await chat.close();
    }
  });

  it('stays quiet once an agent has replied without taking the conversation, and routes the visitor’s next message to a person', async () => {
    const chat = await converse();
    await chat.say('退款要几天');
    await chat.send('您好，我来帮您看看。', ws.ownerToken);
    const next = await chat.send('好的谢谢，退款要几天');
    expect(await chat.botTurn(next.id)).toBeNull();
    const state = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { queueState assignee { id } } }`, { c: chat.conversationId }, ws.ownerToken);
    // No agent is online here, so it waits in the queue.
    expect(state.conversation).toMatchObject({ queueState: 'WAITING', assignee: null });
    await chat.close();
  });

  it('routes a visitor who comes back to a resolved conversation an agent had answered', async () => {
    const chat = await converse();
    await chat.say('退款要几天');
    await chat.send('您好，我来帮您看看。', ws.ownerToken);
    await gqlData(t.url, `mutation($c: ID!) { updateConversation(input: { conversationId: $c, status: RESOLVED }) { conversation { status } } }`, { c: chat.conversationId }, ws.ownerToken);
    const back = await chat.send('还有一个问题：几点关门？');
    expect(await chat.botTurn(back.id)).toBeNull();
    const state = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { status queueState } }`, { c: chat.conversationId }, ws.ownerToken);
    expect(state.conversation).toMatchObject({ status: 'OPEN', queueState: 'WAITING' });
    await chat.close();
  });

  it('never answers the message a visitor leaves after the leave-a-message form', async () => {
    const chat = await converse();
    expect(await postOfflineReply(t.app.deps, { id: chat.conversationId, workspaceId: ws.workspaceId }, ['NONE'], 'QUEUE_TIMEOUT', 'Leave us a message')).toBe(true);
    const left = await chat.send('Please email me about my refund, a@example.com');
    expect(await chat.botTurn(left.id)).toBeNull();
    const history = await gqlData(t.url, `query($c: ID!) { conversation(id: $c) { messages(first: 20) { edges { node { authorType } } } } }`, { c: chat.conversationId }, ws.ownerToken);
    expect(history.conversation.messages.edges.map((e: any) => e.node.authorType)).not.toContain('BOT');
    await chat.close();
  });

  it('applies per-workspace settings at once, for admins only', async () => {
    const own = await createWorkspaceFixture(t.url, 'Settings');
    const agent = await createAgentFixture(t.url, own.ownerToken, 'AGENT');
    const forbidden = await gql(t.url, UPDATE_SETTINGS, { input: { enabled: false } }, agent.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(t.url, UPDATE_SETTINGS, { input: { fallbacksBeforeHandoff: 0 } }, own.ownerToken);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const updated = await gqlData(t.url, UPDATE_SETTINGS, { input: { defaultReply: 'Ask Mia at the desk.', fallbacksBeforeHandoff: 3, answerLanguage: 'EN' } }, own.ownerToken);
    expect(updated.updateBotSettings.settings).toMatchObject({ enabled: true, defaultReply: 'Ask Mia at the desk.', fallbacksBeforeHandoff: 3, answerLanguage: 'EN' });
    const chat = await converse(own);
    expect((await chat.say('今天天气怎么样')).body).toBe('Ask Mia at the desk.');
    expect((await chat.say('qwxz zzkj vvq')).botResult.__typename).toBe('BotDefaultReply');
    expect((await chat.say('？？')).botResult).toMatchObject({ __typename: 'BotHandoff', reason: 'REPEATED_FALLBACK' });
    await chat.close();
    expect((await preview('??', own.ownerToken)).language).toBe('en');

    await gqlData(t.url, UPDATE_SETTINGS, { input: { enabled: false, answerLanguage: null } }, own.ownerToken);
    const read = await gqlData(t.url, `{ botSettings { enabled answerLanguage } }`, {}, own.ownerToken);
    expect(read.botSettings).toEqual({ enabled: false, answerLanguage: 'AUTO' });
    const quiet = await converse(own);
    const message = await quiet.send('退款要几天');
    expect(await quiet.botTurn(message.id)).toBeNull();
    await quiet.close();
  });

  it('sends the default reply of the message’s language, else the one for both, else the built-in text', async () => {
    const own = await createWorkspaceFixture(t.url, 'Two languages');
    const set = async (input: Record<string, string | null>) => (await gqlData(t.url, UPDATE_SETTINGS, { input }, own.ownerToken)).updateBotSettings.settings;
    expect(await set({ defaultReply: 'Ask Mia.', defaultReplyZh: '请问前台小米。' })).toMatchObject({ defaultReply: 'Ask Mia.', defaultReplyZh: '请问前台小米。', defaultReplyEn: null });
    expect((await preview('今天天气怎么样', own.ownerToken)).body).toBe('请问前台小米。');
    expect((await preview('qwxz zzkj vvq', own.ownerToken)).body).toBe('Ask Mia.');
    await set({ defaultReplyEn: 'Ask Mia at the desk.' });
    expect((await preview('qwxz zzkj vvq', own.ownerToken)).body).toBe('Ask Mia at the desk.');
    expect(await set({ defaultReply: null, defaultReplyZh: null, defaultReplyEn: null })).toMatchObject({ defaultReply: null, defaultReplyZh: null, defaultReplyEn: null });
    expect((await preview('今天天气怎么样', own.ownerToken)).body).toBe('抱歉，我没有完全理解。您可以换个说法，或输入“人工”联系客服。');
    const blank = await gql(t.url, UPDATE_SETTINGS, { input: { defaultReplyEn: '   ' } }, own.ownerToken);
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('uses a retrained model without a restart', async () => {
    const examples = ['my kettle is broken under warranty', 'warranty repair for my toaster', 'is the blender still covered by warranty', 'how do I claim the warranty', 'warranty claim please', '保修怎么申请', '我的电水壶还在保修期吗', '申请保修维修'];
    await gqlData(
      t.url,
      `mutation($input: SaveBotIntentInput!) { saveBotIntent(input: $input) { intent { name examples answerEnabled } } }`,
      { input: { name: 'warranty_claim', answerEn: 'Send us the order number and a photo to claim the warranty.', answerZh: '请提供订单号和照片申请保修。', examples: examples.map((text) => ({ text, language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' })) } },
      ws.ownerToken,
    );
    const trained = await gqlData(t.url, `mutation { trainBot { modelId metrics } }`, {}, ws.ownerToken);
    expect(trained.trainBot.metrics.ownExamples).toBe(examples.length);
    const reply = await gqlData(t.url, `{ botPreview(text: "can I claim warranty for my kettle") { intents { intent } body } }`, {}, ws.ownerToken);
    expect(reply.botPreview.intents[0].intent).toBe('warranty_claim');
    expect(reply.botPreview.body).toBe('Send us the order number and a photo to claim the warranty.');
  }, 180_000);
});
