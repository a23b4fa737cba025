// An agent bot in a real browser: the visitor chats in the widget on /demo, an external bot (this
// test, holding a BOT key on inboxEvents) answers with quick replies and a card, the visitor taps
// a button and fills a form in the widget, and the bot receives both answers typed. The console
// shows the bot's name, its buttons and the visitor's choice. Screenshot in docs/screenshots/.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoKnowledge } from '../bot/datasets/load-demo-knowledge.ts';
import { createDemoWorkspace, DEMO_OWNER } from '../workspaces/create-demo-workspace.ts';
import { describeWithBrowser, launchChromium, openDemoChat } from '../testing/browser.ts';
import { startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const WAIT = { timeout: 30_000 };
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`;
const INBOX = `subscription { inboxEvents { reason conversation { id activeAgentBot { id } } message { id body authorType postback { value messageId } formSubmission { values { name value } } } } }`;

describeWithBrowser('an agent bot’s rich messages in Chromium', () => {
  let t: TestApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;
  let ownerToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    origin = new URL(t.url).origin;
    await createDemoWorkspace(t.app.deps, await loadDemoKnowledge());
    ownerToken = (await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } })).signIn.token;
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  it('the visitor taps the bot’s button and fills its form in the widget; the bot gets the postback and the values', async () => {
    const { createAgentBot: bot } = await gqlData(t.url, `mutation { createAgentBot(input: { name: "Shop bot", avatarUrl: "https://example.com/bot.png" }) { token agentBot { id } } }`, {}, ownerToken);
    const botClient = openWsClient(t.wsUrl, bot.token);
    const inbox = subscribe<any>(botClient, INBOX);
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ where: { agents: { some: { email: DEMO_OWNER.email } } }, select: { widgetKey: true } });
    const warmUp = await startVisitorConversation(t.url, widgetKey);
    await waitUntil(async () => (await gqlData(t.url, SEND, { input: { conversationId: warmUp.conversationId, body: 'warm-up', clientMessageId: randomUUID() } }, ownerToken), inbox.received.length > 0), 'the bot’s inbox to listen', 30_000, { pollMs: 100 });
    const visitorSaid = async () => {
      for (;;) {
        const { inboxEvents: e } = await inbox.next();
        if (e.reason === 'MESSAGE' && e.message.authorType === 'VISITOR' && e.conversation.id !== warmUp.conversationId && e.conversation.activeAgentBot?.id === bot.agentBot.id) return e;
      }
    };
    const botSays = (conversationId: string, body: string, rich?: unknown) => gqlData(t.url, SEND, { input: { conversationId, body, clientMessageId: randomUUID(), ...(rich ? { rich } : {}) } }, bot.token);

    const visitor = await (await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } })).newPage();
    try {
      await openDemoChat(visitor, origin, { name: 'Rich Visitor', email: 'rich@example.com' });
      await visitor.fill('.composer textarea', 'I need new shoes');
      await visitor.press('.composer textarea', 'Enter');

      const first = await visitorSaid();
      expect(first.message.body).toBe('I need new shoes');
      const conversationId = first.conversation.id;
      await botSays(conversationId, 'Running or hiking? 1. Running 2. Hiking', { quickReplies: [{ label: 'Running', postback: 'shoes:running' }, { label: 'Hiking', postback: 'shoes:hiking' }] });
      await botSays(conversationId, 'Our best seller: Trail 2 (¥499)', { cards: [{ title: 'Trail 2', text: '¥499, sizes 36–46', imageUrl: `${origin}/health`, buttons: [{ label: 'Details', url: 'https://shop.example.com/trail-2' }, { label: 'Size help', postback: 'size-help' }] }] });

      // The widget shows the bot's name, its buttons and the card; the visitor taps "Hiking".
      await visitor.locator('.msg[data-agent-bot] .quick-reply', { hasText: 'Hiking' }).waitFor(WAIT);
      expect(await visitor.locator('.msg[data-agent-bot] .author').first().innerText()).toBe('Shop bot');
      expect(await visitor.locator('.rich-card a.rich-link').getAttribute('href')).toBe('https://shop.example.com/trail-2');
      await visitor.screenshot({ path: `${SCREENSHOTS}widget-rich-message.png` });
      await visitor.locator('.quick-reply', { hasText: 'Hiking' }).click();
      const picked = await visitorSaid();
      expect(picked.message).toMatchObject({ body: 'Hiking', postback: { value: 'shoes:hiking' } });

      // A form: the visitor fills it in the widget and the bot reads the values by field name.
      await botSays(conversationId, 'Leave your size and email and we will hold a pair.', { form: { title: 'Hold a pair', submitLabel: 'Hold it', fields: [{ name: 'size', label: 'Size', type: 'SELECT', options: ['40', '41', '42'], isRequired: true }, { name: 'email', label: 'Email', type: 'EMAIL', isRequired: true }] } });
      const form = visitor.locator('.msg[data-agent-bot] form.rich-form');
      await form.waitFor(WAIT);
      await form.locator('select[name=size]').selectOption('41');
      await form.locator('input[name=email]').fill('rich@example.com');
      await form.locator('button[type=submit]').click();
      const submitted = await visitorSaid();
      expect(submitted.message).toMatchObject({ body: 'Size: 41\nEmail: rich@example.com', formSubmission: { values: [{ name: 'size', value: '41' }, { name: 'email', value: 'rich@example.com' }] } });

      // The console shows who wrote what: the bot's name and buttons, the visitor's choice.
      const console = await (await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 760 } })).newPage();
      await console.goto(`${origin}/console`);
      await console.fill('input[name=email]', DEMO_OWNER.email);
      await console.fill('input[name=password]', DEMO_OWNER.password);
      await console.click('button[type=submit]');
      await console.click('[data-tab="all"]', WAIT);
      await console.locator('.item', { hasText: 'Rich Visitor' }).click(WAIT);
      await console.locator('.msg.bot .quick-replies button', { hasText: 'Hiking' }).waitFor(WAIT);
      expect(await console.locator('.msg.bot .author').first().innerText()).toContain('Shop bot');
      await expect.poll(() => console.locator('.msg.visitor .postback').allInnerTexts(), WAIT).toContain('↳ shoes:hiking');
    } finally {
      await botClient.dispose();
    }
  });
});
