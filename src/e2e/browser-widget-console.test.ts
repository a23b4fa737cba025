// The demo journey in a real browser: a visitor chats in the widget on /demo, the bot answers, the
// visitor asks for a person, an agent takes the conversation from the queue in /console and
// replies; then the visitor's network drops and returns without losing or repeating a message.
// Screenshots go to docs/screenshots/ (linked from the README).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoKnowledge } from '../bot/datasets/load-demo-knowledge.ts';
import { createDemoWorkspace, DEMO_AGENT, DEMO_OWNER } from '../workspaces/create-demo-workspace.ts';
import { controlNetwork, describeWithBrowser, launchChromium, signInToConsole, openDemoChat } from '../testing/browser.ts';
import { SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const WAIT = { timeout: 30_000 };
const GIFT_WRAP = 'Do you offer gift wrapping for birthday presents?';

describeWithBrowser('widget and console in Chromium', () => {
  let t: TestApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;
  let ownerToken: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { bot: { enabled: true } } });
    origin = new URL(t.url).origin;
    await createDemoWorkspace(t.app.deps, await loadDemoKnowledge());
    const { signIn } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    // The bot answers first; routing starts when the visitor asks for a person.
    ownerToken = signIn.token;
    await gqlData(t.url, `mutation { updateRoutingSettings(input: { routeOnStart: false }) { workspace { id } } }`, {}, signIn.token);
    await gqlData(t.url, `mutation($input: SaveKnowledgeEntryInput!) { saveKnowledgeEntry(input: $input) { entry { id } } }`, { input: { question: GIFT_WRAP, alternates: [], answer: 'Yes, gift wrapping is free at checkout.', language: 'en' } }, signIn.token);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  const conversationIdOf = (page: Page) => page.evaluate(() => Object.entries(localStorage).find(([key]) => key.endsWith(':conversation'))?.[1] ?? '');
  const bodiesOf = (page: Page, selector: string) => page.locator(`${selector} .text`).allInnerTexts();

  it('a visitor gets bot answers and did-you-mean chips, asks for a person, an agent takes and answers it, a dropped network loses and repeats nothing, and the visitor rates the resolved chat', async () => {
    const { browser } = chromium;
    const agentContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 760 } });
    const visitorContext = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } });
    const network = await controlNetwork(visitorContext);
    const agent = await agentContext.newPage();
    const visitor = await visitorContext.newPage();

    // The agent signs in and steps away, so the visitor's request waits in the queue.
    await signInToConsole(agent, origin, DEMO_AGENT);
    const away = agent.waitForResponse((r) => r.request().postData()?.includes('ConsoleSetStatus') === true);
    await agent.selectOption('select[data-presence]', 'AWAY');
    await away;

    // The visitor opens the widget on the demo page, fills the pre-chat form and asks the bot.
    await visitor.goto(`${origin}/demo`);
    await visitor.locator('.launcher').waitFor(WAIT);
    await visitor.screenshot({ path: `${SCREENSHOTS}demo-page.png` });
    await visitor.click('.launcher');
    // The pre-chat form comes first: no "Talk to a person" around it (it used to skip the form).
    await visitor.locator('.prechat').waitFor(WAIT);
    expect(await visitor.locator('.human').isVisible()).toBe(false);
    await visitor.fill('.prechat input[name=name]', 'Ada Visitor');
    await visitor.fill('.prechat input[name=email]', 'ada@example.com');
    await visitor.click('.prechat button[type=submit]');
    await visitor.locator('.human').waitFor({ state: 'visible', ...WAIT });
    await visitor.fill('.composer textarea', '退款多久到账？');
    await visitor.press('.composer textarea', 'Enter');
    await expect.poll(() => visitor.locator('.msg[data-author="BOT"]').count(), WAIT).toBeGreaterThan(0);

    // A partial match: the bot offers "did you mean" questions; picking one sends it.
    await visitor.fill('.composer textarea', 'birthday paper');
    await visitor.press('.composer textarea', 'Enter');
    await visitor.locator('.suggestions button', { hasText: GIFT_WRAP }).click(WAIT);
    await expect.poll(() => bodiesOf(visitor, '.msg[data-author="BOT"]'), WAIT).toContain('Yes, gift wrapping is free at checkout.');
    await visitor.screenshot({ path: `${SCREENSHOTS}widget-bot-answer.png` });

    // "Talk to a person" with no agent online: the widget says so (no made-up wait) and offers the form.
    await visitor.click('.human');
    await expect.poll(() => visitor.locator('.status').innerText(), WAIT).toContain('No agent is online');
    await expect.poll(() => visitor.locator('form.leave-message').count(), WAIT).toBe(1);
    // The form has the pre-chat email, and the chat box stays for a visitor who waits.
    expect(await visitor.inputValue('form.leave-message input[name=email]')).toBe('ada@example.com');
    expect(await visitor.locator('.composer').isVisible()).toBe(true);
    // Already waiting for a person: asking again means nothing.
    expect(await visitor.locator('.human').isVisible()).toBe(false);

    // The agent sees it in the queue and takes it.
    await agent.click('[data-tab="queue"]');
    await agent.locator('.item', { hasText: 'Ada Visitor' }).click(WAIT);
    await agent.click('[data-action="take"]', WAIT);
    // The console's system lines are in its own language too (this agent's browser is zh-CN).
    await expect.poll(() => agent.locator('.messages .msg.system').allInnerTexts(), WAIT).toContain(`${DEMO_AGENT.name} 已加入会话`);
    // So is the inbox row's preview of that line (it used to show the stored English).
    await agent.click('[data-tab="mine"]');
    await expect.poll(() => agent.locator('.inbox .item', { hasText: 'Ada Visitor' }).locator('.preview').innerText(), WAIT).toMatch(new RegExp(`${DEMO_AGENT.name} 已加入会话$`));
    expect(await agent.locator('.messages .msg.bot .author').first().innerText()).toBe('智能助手');
    // The bot's suggested answer to the visitor's question, one click from the reply box.
    await agent.locator('.suggested .item').first().click(WAIT);
    expect(await agent.inputValue('.composer textarea')).not.toBe('');
    await expect.poll(() => agent.locator('[data-tab="mine"] .count').innerText(), WAIT).toBe('1');
    await expect.poll(() => visitor.locator('.status').innerText(), WAIT).toContain(DEMO_AGENT.name);
    // A person is here: no more "Talk to a person".
    expect(await visitor.locator('.human').isVisible()).toBe(false);
    await agent.fill('.composer textarea', '您好，我来帮您查一下退款进度。');
    await agent.press('.composer textarea', 'Enter');
    await expect.poll(() => bodiesOf(visitor, '.msg[data-author="AGENT"]'), WAIT).toEqual(['您好，我来帮您查一下退款进度。']);

    // The visitor's network drops: messages typed now wait in the outbox; the agent keeps writing.
    await network.goOffline();
    await expect.poll(() => visitor.locator('.banner').isVisible(), WAIT).toBe(true);
    await visitor.fill('.composer textarea', 'Order 42, paid by card');
    await visitor.press('.composer textarea', 'Enter');
    await visitor.fill('.composer textarea', 'Are you still there?');
    await visitor.press('.composer textarea', 'Enter');
    await expect.poll(() => visitor.locator('.msg.pending').count(), WAIT).toBe(2);
    await agent.fill('.composer textarea', 'Found it: the refund was approved today.');
    await agent.press('.composer textarea', 'Enter');
    await expect.poll(() => agent.locator('.msg.staff').count(), WAIT).toBe(2);
    await visitor.screenshot({ path: `${SCREENSHOTS}widget-offline.png` });

    // Back online: the outbox delivers each message once and the stream resumes from the last seq.
    await network.goOnline();
    await expect.poll(() => visitor.locator('.msg.pending').count(), WAIT).toBe(0);
    await expect.poll(() => bodiesOf(visitor, '.msg[data-author="AGENT"]'), WAIT).toEqual(['您好，我来帮您查一下退款进度。', 'Found it: the refund was approved today.']);
    const VISITOR_SAID = ['退款多久到账？', 'birthday paper', GIFT_WRAP, 'Order 42, paid by card', 'Are you still there?'];
    await expect.poll(() => bodiesOf(agent, '.msg.visitor'), WAIT).toEqual(VISITOR_SAID);
    expect(await bodiesOf(visitor, '.msg[data-author="VISITOR"]')).toEqual(VISITOR_SAID);
    const seqs = (await visitor.locator('.msg[data-seq]').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.seq))));
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    await expect.poll(() => visitor.locator('.banner').isVisible(), WAIT).toBe(false);

    await agent.click('[data-tab="mine"]');
    await visitor.screenshot({ path: `${SCREENSHOTS}widget-agent-reply.png` });
    await agent.screenshot({ path: `${SCREENSHOTS}console-conversation.png` });

    // The agent resolves it; the visitor rates the conversation.
    await agent.click('[data-action="resolve"]');
    await visitor.locator('.csat [data-score="5"]').click(WAIT);
    // The log's status line says it was resolved; the rating card only asks.
    expect(await visitor.locator('.msg.system, .csat').allInnerTexts().then((texts) => texts.join('\n').match(/resolved/gi)?.length)).toBe(1);
    expect(await visitor.locator('.log').evaluate((log) => log.scrollHeight - log.scrollTop - log.clientHeight)).toBeLessThan(2);
    await visitor.fill('.csat textarea', 'Quick and kind, thanks!');
    await visitor.screenshot({ path: `${SCREENSHOTS}widget-csat.png` });
    await visitor.click('.csat button[type=submit]');
    await expect.poll(() => visitor.locator('.csat').innerText(), WAIT).toContain('Thanks for your feedback');
    const rating = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { status csat { score comment } } }`, { id: await conversationIdOf(visitor) }, ownerToken);
    expect(rating.conversation).toEqual({ status: 'RESOLVED', csat: { score: 5, comment: 'Quick and kind, thanks!' } });
    // Rated: after a reload the replayed history does not ask again (a second rating is refused).
    await visitor.reload();
    await visitor.click('.launcher', WAIT);
    await visitor.locator('.msg.system', { hasText: 'resolved' }).last().waitFor(WAIT);
    expect(await visitor.locator('.csat').count()).toBe(0);
    await Promise.all([agentContext.close(), visitorContext.close()]);
  }, 120_000);

  it('the rating card of a resolved conversation goes when the visitor writes again, which reopens it', async () => {
    const visitor = await (await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } })).newPage();
    await openDemoChat(visitor, origin, { name: 'Rae Again', email: 'rae@example.com' });
    await visitor.fill('.composer textarea', 'Where is my parcel?');
    await visitor.press('.composer textarea', 'Enter');
    await visitor.locator('.msg.mine:not(.pending)').first().waitFor(WAIT);
    const id = await conversationIdOf(visitor);
    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId: id, status: 'RESOLVED' } }, ownerToken);
    await visitor.locator('.csat').waitFor(WAIT);
    await visitor.fill('.composer textarea', 'One more question, please');
    await visitor.press('.composer textarea', 'Enter');
    await visitor.locator('.msg.mine:not(.pending)', { hasText: 'One more question' }).waitFor(WAIT);
    await expect.poll(() => visitor.locator('.csat').count(), WAIT).toBe(0);
    const { conversation } = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { status } }`, { id }, ownerToken);
    expect(conversation.status).toBe('OPEN');
    await visitor.context().close();
  }, 120_000);

  it('a message typed while the visitor session is still starting (right after the pre-chat form) is sent, not lost', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } });
    // The session's start is slow, so the visitor types before the widget has a token.
    await context.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('StartVisitorSession')) await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    const visitor = await context.newPage();
    await openDemoChat(visitor, origin, { name: 'Quick Typist', email: 'quick@example.com' });
    await visitor.fill('.composer textarea', 'Where is my order?');
    await visitor.press('.composer textarea', 'Enter');
    await expect.poll(() => bodiesOf(visitor, '.msg[data-author="VISITOR"][data-seq]'), WAIT).toEqual(['Where is my order?']);
    const stored = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(last: 10) { edges { node { body authorType } } } } }`, { id: await conversationIdOf(visitor) }, ownerToken);
    expect(stored.conversation.messages.edges.map((e: { node: { body: string; authorType: string } }) => e.node).filter((m: { authorType: string }) => m.authorType === 'VISITOR')).toEqual([{ body: 'Where is my order?', authorType: 'VISITOR' }]);
    expect(await visitor.locator('.banner').isVisible()).toBe(false);
    await context.close();
  }, 60_000);

  it('an agent transfers a conversation: only active colleagues are offered, and losing it is a note, not an error', async () => {
    const { signIn: owner } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { agent { id } } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    const { signIn: liAgent } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { agent { id } } }`, { input: { email: DEMO_AGENT.email, password: DEMO_AGENT.password } });
    const { createAgent } = await gqlData(t.url, `mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }`, { input: { email: `gone-${randomUUID()}@example.com`, name: 'Gone Agent', password: 'a-long-unusual-passphrase-42', role: 'AGENT' } }, ownerToken);
    await gqlData(t.url, `mutation($input: DeactivateAgentInput!) { deactivateAgent(input: $input) { agent { id } } }`, { input: { agentId: createAgent.agent.id } }, ownerToken);
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const { conversationId } = await startVisitorConversation(t.url, widgetKey, 'Please pass me on');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: liAgent.agent.id } }, ownerToken);

    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 760 } });
    const page = await context.newPage();
    await signInToConsole(page, origin, DEMO_AGENT);
    await page.keyboard.press('Alt+1');
    await page.locator(`.item[data-conversation-id="${conversationId}"]`).click(WAIT);
    const transfer = page.locator('select[data-action="transfer"]');
    await expect.poll(() => transfer.locator('option').count(), WAIT).toBeGreaterThan(1);
    const offered = await transfer.locator('option').allInnerTexts();
    expect(offered.some((o) => o.startsWith('Demo Owner'))).toBe(true);
    expect(offered.some((o) => o.startsWith('Gone Agent'))).toBe(false);
    await transfer.selectOption(owner.agent.id);
    await expect.poll(() => page.locator('.messages .msg.system[role=status]').innerText(), WAIT).toContain('went to another agent');
    expect(await page.locator('.banner').isVisible()).toBe(false);
    await context.close();
  }, 60_000);

  it('a reply typed offline in the console shows as sending at once, and once stored it is there once', async () => {
    const { signIn } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { agent { id } } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const { conversationId } = await startVisitorConversation(t.url, widgetKey, 'Are you there?');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: signIn.agent.id } }, ownerToken);

    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 760 } });
    const network = await controlNetwork(context);
    const page = await context.newPage();
    await signInToConsole(page, origin, DEMO_OWNER);
    await page.keyboard.press('Alt+1');
    await page.locator(`.item[data-conversation-id="${conversationId}"]`).click(WAIT);
    await page.locator('.messages .msg.visitor').first().waitFor(WAIT);
    await network.goOffline();
    await page.fill('.composer textarea', 'typed while offline');
    await page.press('.composer textarea', 'Enter');
    await expect.poll(() => page.locator('.messages .msg.pending .text').allInnerTexts(), WAIT).toEqual(['typed while offline']);
    await network.goOnline();
    await expect.poll(() => page.locator('.messages .msg.staff:not(.pending) .text').allInnerTexts(), WAIT).toEqual(['typed while offline']);
    expect(await page.locator('.messages .msg.pending').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('the console pages back through long history, inserts canned replies after /, writes internal notes, tags and resolves by keyboard', async () => {
    const { signIn } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { agent { id } } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const { conversationId } = await startVisitorConversation(t.url, widgetKey, 'Grace here: a long story follows');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: signIn.agent.id } }, ownerToken);
    for (let i = 1; i <= 40; i++) await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: `history ${i}`, clientMessageId: randomUUID() } }, ownerToken);

    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 760 } });
    const page = await context.newPage();
    await signInToConsole(page, origin, DEMO_OWNER);
    await page.keyboard.press('Alt+1');
    await page.locator(`.item[data-conversation-id="${conversationId}"]`).click(WAIT);

    // The newest page first; scrolling to the top loads the rest, in order.
    await expect.poll(() => page.locator('.messages .msg.staff').count(), WAIT).toBeGreaterThan(0);
    expect(await page.locator('.messages .msg.staff').count()).toBeLessThan(40);
    for (let i = 0; i < 5 && (await page.locator('.messages .msg.staff').count()) < 40; i++) {
      await page.locator('.messages').evaluate((el) => el.scrollTo(0, 0));
      await expect.poll(() => page.locator('.messages').evaluate((el) => el.scrollTop), WAIT).toBeGreaterThan(0);
    }
    const history = await page.locator('.messages .msg.staff .text').allInnerTexts();
    expect(history).toEqual(Array.from({ length: 40 }, (_, i) => `history ${i + 1}`));

    // "/ref" finds the canned reply; Enter puts it in the box; Alt+N makes it an internal note.
    await page.fill('.composer textarea', '/ref');
    await page.locator('.canned button', { hasText: '/refund' }).waitFor(WAIT);
    await page.press('.composer textarea', 'Enter');
    expect(await page.inputValue('.composer textarea')).toContain('3–5');
    await page.keyboard.press('Alt+n');
    await page.press('.composer textarea', 'Enter');
    await expect.poll(() => page.locator('.msg.note .text').allInnerTexts(), WAIT).toEqual([expect.stringContaining('3–5') as unknown as string]);

    // A note the server refuses as too large stays in the box, and the banner says why.
    const tooLong = 'x'.repeat(20_000);
    await page.fill('.composer textarea', tooLong);
    await page.press('.composer textarea', 'Enter');
    await expect.poll(() => page.locator('.banner').innerText(), WAIT).toContain('too long');
    expect(await page.inputValue('.composer textarea')).toBe(tooLong);
    await page.fill('.composer textarea', '');

    // A change while the agent types a tag draws the head again; the draft and the focus survive it.
    await page.fill('input[aria-label="Tags"]', 'vip');
    await page.locator('input[aria-label="Tags"]').evaluate((el) => el.setAttribute('data-drawn-before', ''));
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'while you type', clientMessageId: randomUUID() } }, ownerToken);
    await expect.poll(() => page.locator('input[aria-label="Tags"][data-drawn-before]').count(), WAIT).toBe(0);
    expect(await page.inputValue('input[aria-label="Tags"]')).toBe('vip');
    expect(await page.locator('input[aria-label="Tags"]').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.press('input[aria-label="Tags"]', 'Enter');
    await expect.poll(() => page.locator('.conv-head .tag').allInnerTexts(), WAIT).toEqual([expect.stringContaining('vip') as unknown as string]);
    await page.keyboard.press('Alt+r');
    // The status in words, not the API's enum.
    await expect.poll(() => page.locator('.conv-head h2 .badge').first().innerText(), WAIT).toBe('Resolved');
    await page.screenshot({ path: `${SCREENSHOTS}console-note-and-tags.png` });

    const stored = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { status tags { name } } }`, { id: conversationId }, ownerToken);
    expect(stored.conversation).toEqual({ status: 'RESOLVED', tags: [{ name: 'vip' }] });
    await context.close();
  }, 120_000);

  it('the inbox refetches a conversation once per burst of its events, not once per event, and draws its newest state', async () => {
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 760 } });
    const page = await context.newPage();
    await signInToConsole(page, origin, DEMO_OWNER);
    await page.keyboard.press('Alt+3');
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, widgetKey, 'Burst ahead');
    // A person has it, so the bot stays quiet: the burst is the visitor's messages alone (bot turns
    // run one after another, and their replies would spread the burst out in time).
    const { signIn } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { agent { id } } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: signIn.agent.id } }, ownerToken);
    const item = page.locator(`.item[data-conversation-id="${conversationId}"]`);
    await item.waitFor(WAIT);
    let refetches = 0;
    page.on('request', (request) => void (request.postData()?.includes('ConsoleConversationDetail') && refetches++));

    const BURST = 30;
    // Over one socket, so the 30 sends arrive together and the inbox sees a real burst (sent over
    // HTTP they spread out in time on a loaded box and tested less).
    const visitorSocket = openWsClient(t.wsUrl, visitorToken);
    const sends = Array.from({ length: BURST }, (_, i) => subscribe(visitorSocket, SEND_MESSAGE, { input: { conversationId, body: `burst ${i + 1}`, clientMessageId: randomUUID() } }));
    await Promise.all(sends.map((send) => send.waitFor(1)));
    await visitorSocket.dispose();
    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId, status: 'PENDING' } }, ownerToken);
    await expect.poll(() => item.locator('.badge.PENDING').innerText(), WAIT).toBe('Pending');
    // The first message and the burst.
    await expect.poll(() => item.locator('.badge.unread').innerText(), WAIT).toBe(String(BURST + 1));
    // The bot said nothing in the burst (at most its reply to the opening message, before the assignment).
    expect(await t.app.deps.db.message.count({ where: { conversationId, authorType: 'BOT' } })).toBeLessThanOrEqual(1);
    // One request per event would be 31.
    expect(refetches).toBeGreaterThan(0);
    expect(refetches).toBeLessThan(BURST / 2);
    await context.close();
  }, 120_000);
});
