// The console for admins in a real browser (issue 17): an admin adds a knowledge entry in Settings,
// tests it in the "test a question" box, and the widget answers with it; the reports page shows
// the figures of a conversation played through the API; the console works at 390 × 844; axe-core
// finds no serious or critical violation. Screenshots go to docs/screenshots/ (linked from the README).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoKnowledge } from '../bot/datasets/load-demo-knowledge.ts';
import { createDemoWorkspace, DEMO_AGENT, DEMO_OWNER } from '../workspaces/create-demo-workspace.ts';
import { controlNetwork, describeWithBrowser, launchChromium, signInToConsole, openDemoChat } from '../testing/browser.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WAIT = { timeout: 30_000 };
const QUESTION = 'Do you deliver to Antarctica research stations?';
const ANSWER = 'Yes: research stations get parcels with the monthly supply flight.';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; any: { data?: { messageKey?: string; contrastRatio: number; expectedContrastRatio: string } | null }[] }[];
}

/** Serious and critical axe-core violations of the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the console's CSP runs no inline script (and DevTools evaluation is not one).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, incomplete } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[]; incomplete: unknown[] }> } }).axe;
    return await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
  });
  // axe leaves the contrast of a one-character text "incomplete" though it measured it: a tab's
  // count is one digit in these tests, and its contrast failed once an agent had ten conversations.
  const shortTexts = (incomplete as AxeViolation[])
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes)
    .filter(({ any }) => any.some(({ data }) => data?.messageKey === 'shortTextContent' && data.contrastRatio > 0 && data.contrastRatio < parseFloat(data.expectedContrastRatio)))
    .map((n) => `color-contrast (serious): a short text at ${n.target.join(' ')}`);
  return [...(violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), ...shortTexts];
}

describeWithBrowser('console for admins in Chromium', () => {
  let t: TestApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;
  let ownerToken: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { bot: { enabled: true } } });
    origin = new URL(t.url).origin;
    await createDemoWorkspace(t.app.deps, await loadDemoKnowledge());
    const { signIn: owner } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token agent { id } } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    ownerToken = owner.token;
    // One conversation played to the end, for the reports: taken, answered, resolved, rated 5.
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, widgetKey, 'Where is order 7?');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: owner.agent.id } }, owner.token);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'It left the warehouse today.', clientMessageId: randomUUID() } }, owner.token);
    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId, status: 'RESOLVED' } }, owner.token);
    await gqlData(t.url, `mutation($input: RateConversationInput!) { rateConversation(input: $input) { __typename } }`, { input: { conversationId, score: 5, comment: 'Fast' } }, visitorToken);
    chromium = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  it('an admin adds a knowledge entry in Settings, tests the question, and the widget answers with it', async () => {
    const { browser } = chromium;
    const adminContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    await signInToConsole(admin, origin, DEMO_OWNER);
    expect(await seriousViolations(admin)).toEqual([]);

    await admin.click('[data-view="settings"]');
    const form = admin.locator('[data-form="knowledge"]');
    await form.locator('input[name=question]').fill(QUESTION, WAIT);
    await form.locator('textarea[name=answer]').fill(ANSWER);
    await form.locator('select[name=language]').selectOption('en');
    await form.locator('button[type=submit]').click();
    await admin.locator('.rows li', { hasText: QUESTION }).waitFor(WAIT);

    await admin.fill('input[name=test-question]', QUESTION);
    await admin.click('[data-form="test-question"] button[type=submit]');
    await expect.poll(() => admin.locator('.test-answer').innerText(), WAIT).toContain(ANSWER);
    expect(await admin.locator('.test-answer [data-result]').getAttribute('data-result')).toBe('BotKnowledgeAnswer');
    expect(await admin.locator('.test-answer [data-notice="bot-off"]').count()).toBe(0);
    // With the bot off the test still answers, and says that visitors get no such reply.
    const setBot = (enabled: boolean) => gqlData(t.url, `mutation($input: UpdateBotSettingsInput!) { updateBotSettings(input: $input) { settings { enabled } } }`, { input: { enabled } }, ownerToken);
    await setBot(false);
    await admin.click('[data-form="test-question"] button[type=submit]');
    await admin.locator('.test-answer [data-notice="bot-off"]').waitFor(WAIT);
    expect(await admin.locator('.test-answer').innerText()).toContain(ANSWER);
    await setBot(true);
    await admin.screenshot({ path: `${SCREENSHOTS}console-settings.png` });
    expect(await seriousViolations(admin)).toEqual([]);

    // The visitor asks the same question in the widget and gets the new answer from the bot.
    const visitorContext = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } });
    const visitor = await visitorContext.newPage();
    await openDemoChat(visitor, origin, { name: 'Ada Visitor', email: 'ada@example.com' });
    await visitor.fill('.composer textarea', QUESTION);
    await visitor.press('.composer textarea', 'Enter');
    await expect.poll(() => visitor.locator('.msg[data-author="BOT"] .text').allInnerTexts(), WAIT).toContain(ANSWER);
    await Promise.all([adminContext.close(), visitorContext.close()]);
  }, 120_000);

  it('an admin imports FAQ rows pasted from a spreadsheet, and a bad row imports nothing', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const admin = await context.newPage();
    await signInToConsole(admin, origin, DEMO_OWNER);
    await admin.click('[data-view="settings"]');
    const form = admin.locator('[data-form="knowledge-import"]');
    const rows = form.locator('textarea[name=import-rows]');
    await rows.fill('Question\tAnswer\nDo you gift-wrap orders?\n', WAIT);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.import-status').innerText(), WAIT).toBe('Row 2 needs a question and an answer, and a language of zh or en; nothing was imported.');
    // Rows the server refuses (a question over limits.textMaxLength) are named by their row too.
    await rows.fill(`Question\tAnswer\nShort?\tYes.\n${'Q'.repeat(501)}\tToo long.\n`);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.import-status').innerText(), WAIT).toMatch(/^Row 3 was refused: .*500.*; nothing was imported\.$/);
    const pasted = 'Question\tAnswer\nDo you gift-wrap orders?\tYes, for 5 yuan per parcel.\ten\tGift wrapping?\n可以开发票吗？\t可以，下单时填写抬头。\n';
    await rows.fill(pasted);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.import-status').innerText(), WAIT).toBe('Imported: 2 new, 0 updated, 0 deleted.');
    await admin.locator('.rows li', { hasText: '可以开发票吗？' }).waitFor(WAIT);
    await admin.locator('.rows li', { hasText: 'Do you gift-wrap orders?' }).waitFor(WAIT);
    // The same rows pasted again update those entries: no second copy.
    await rows.fill(pasted);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.import-status').innerText(), WAIT).toBe('Imported: 0 new, 2 updated, 0 deleted.');
    expect(await admin.locator('.rows li', { hasText: '可以开发票吗？' }).count()).toBe(1);
    // Edit shows it is editing, Cancel goes back to adding; Delete asks first.
    const entryForm = admin.locator('[data-form="knowledge"]');
    const invoice = admin.locator('.rows li', { hasText: '可以开发票吗？' });
    await invoice.locator('button', { hasText: 'Edit' }).click();
    expect(await entryForm.locator('h4').innerText()).toBe('Edit the entry');
    await entryForm.locator('button', { hasText: 'Cancel' }).click();
    expect(await entryForm.locator('h4').innerText()).toBe('Add an entry');
    expect(await entryForm.locator('input[name=question]').inputValue()).toBe('');
    admin.once('dialog', (dialog) => void dialog.dismiss());
    await invoice.locator('button', { hasText: 'Delete' }).click();
    expect(await invoice.count()).toBe(1);
    admin.once('dialog', (dialog) => void dialog.accept());
    await invoice.locator('button', { hasText: 'Delete' }).click();
    await expect.poll(() => invoice.count(), WAIT).toBe(0);
    await form.screenshot({ path: `${SCREENSHOTS}console-knowledge-import.png` });
    expect(await seriousViolations(admin)).toEqual([]);
    await context.close();
  }, 120_000);

  it('lists every knowledge entry of a FAQ over 100 entries, so the oldest can still be edited', async () => {
    const shop = await createWorkspaceFixture(t.url, 'Big FAQ');
    const entries = Array.from({ length: 130 }, (_, i) => ({ language: 'zh', question: `编号 ${1000 + i} 的尺寸是多少？`, answer: `${i + 10} 厘米。` }));
    await gqlData(t.url, `mutation($input: ImportKnowledgeEntriesInput!) { importKnowledgeEntries(input: $input) { created } }`, { input: { entries } }, shop.ownerToken);
    const { email } = (await gqlData(t.url, `{ viewer { agent { email } } }`, {}, shop.ownerToken)).viewer.agent;
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const admin = await context.newPage();
    await signInToConsole(admin, origin, { email, password: 'password-123' });
    await admin.click('[data-view="settings"]');
    const oldest = admin.locator('.rows li', { hasText: '编号 1000 的尺寸是多少？' });
    await oldest.waitFor(WAIT);
    expect(await admin.locator('section[aria-labelledby="kb-title"] .rows li').count()).toBe(130);
    await oldest.locator('button', { hasText: 'Edit' }).click();
    expect(await admin.locator('[data-form="knowledge"] input[name=question]').inputValue()).toBe('编号 1000 的尺寸是多少？');
    await context.close();
  }, 120_000);

  it('an admin sees the team in Settings and creates an API key, shown once and then listed', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const admin = await context.newPage();
    await signInToConsole(admin, origin, DEMO_OWNER);
    await admin.click('[data-view="settings"]');
    await admin.locator(`[data-list="agents"] li[data-agent="${DEMO_OWNER.email}"]`).waitFor(WAIT);
    const form = admin.locator('[data-form="api-key"]');
    await form.locator('input[name=key-name]').fill('Order-status bot');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.secret').innerText(), WAIT).toContain('kefu_key_');
    await admin.locator('.rows li', { hasText: 'Order-status bot' }).waitFor(WAIT);
    expect(await seriousViolations(admin)).toEqual([]);
    await context.close();
  }, 120_000);

  it('the bot form shows the demo’s default reply per language and saves each', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const admin = await context.newPage();
    await signInToConsole(admin, origin, DEMO_OWNER);
    await admin.click('[data-view="settings"]');
    await admin.locator('.settings .info code').first().waitFor(WAIT);
    const bot = admin.locator('[data-form="bot"]');
    expect(await bot.locator('textarea[name=default-reply-zh]').inputValue()).toContain('抱歉');
    expect(await bot.locator('textarea[name=default-reply-en]').inputValue()).toContain('Sorry');
    await bot.locator('textarea[name=default-reply-en]').fill('Ask at the desk, or type “agent”.');
    await bot.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.settings > .notice').innerText(), WAIT).toBe('Saved');
    const saved = await t.app.deps.db.workspace.findFirstOrThrow({ select: { defaultReply: true, defaultReplyZh: true, defaultReplyEn: true } });
    expect(saved).toEqual({ defaultReply: null, defaultReplyZh: expect.stringContaining('抱歉'), defaultReplyEn: 'Ask at the desk, or type “agent”.' });
    await context.close();
  });

  it('business hours: a refusal says which field, in view of a scrolled form; empty lines mean always open; a duplicate agent names the clash', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 600 }, timezoneId: 'Asia/Shanghai' });
    const admin = await context.newPage();
    await signInToConsole(admin, origin, DEMO_OWNER);
    await admin.click('[data-view="settings"]');
    const hours = admin.locator('[data-form="hours"]');
    // The form is filled from the workspace once it loads (the embed line shows then): type after that.
    await admin.locator('.settings .info code').first().waitFor(WAIT);
    await hours.locator('textarea[name=hours]').fill('1 09:00-18:00', WAIT);
    await hours.locator('textarea[name=out-of-hours]').fill('');
    await hours.locator('button[type=submit]').click();
    const notice = admin.locator('.settings > .notice');
    await expect.poll(() => notice.innerText(), WAIT).toContain('outOfHoursReply');
    await hours.locator('textarea[name=out-of-hours]').fill('We are back at 9.');
    await hours.locator('button[type=submit]').click();
    await expect.poll(() => notice.innerText(), WAIT).toBe('Saved');
    const read = async () => (await t.app.deps.db.workspace.findFirstOrThrow({ select: { businessHours: true } })).businessHours;
    expect(await read()).toEqual({ timezone: 'Asia/Shanghai', intervals: [{ day: 1, open: '09:00', close: '18:00' }], outOfHoursReply: 'We are back at 9.' });
    await hours.locator('textarea[name=hours]').fill('');
    await hours.locator('button[type=submit]').click();
    await expect.poll(read, WAIT).toBeNull();

    // The invite form is far below the notice; its refusal is still in view, with the server's reason.
    const invite = admin.locator('[data-form="invite"]');
    await invite.locator('input[name=agent-email]').fill(DEMO_AGENT.email);
    await invite.locator('input[name=agent-name]').fill('Twin');
    await invite.locator('input[name=agent-password]').fill('a-long-unusual-passphrase-42');
    await invite.locator('button[type=submit]').click();
    await expect.poll(() => notice.innerText(), WAIT).toMatch(/^This conflicts with what is there now\. .*email/);
    const box = await notice.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(600);
    await context.close();
  }, 120_000);

  it('the reports page shows the figures and charts of the range', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const admin = await context.newPage();
    await signInToConsole(admin, origin, DEMO_OWNER);
    await admin.click('[data-view="reports"]');
    await expect.poll(() => admin.locator('[data-figure="CSAT"]').innerText().catch(() => ''), WAIT).toBe('5.00');
    expect(Number(await admin.locator('[data-figure="Conversations"]').innerText())).toBeGreaterThanOrEqual(1);
    expect(await admin.locator('[data-figure="First response"]').innerText()).toMatch(/\d+ (s|min)/);
    expect(await admin.locator('.chart svg').count()).toBe(5);
    expect(await admin.locator('.agents-table tbody th').allInnerTexts()).toContain(DEMO_OWNER.name);
    await admin.screenshot({ path: `${SCREENSHOTS}console-reports.png`, fullPage: true });
    expect(await seriousViolations(admin)).toEqual([]);

    // A year by day: the charts' hidden tables do not stretch the page.
    const to = new Date();
    await admin.fill('input[name=from]', new Date(to.getTime() - 365 * 86_400_000).toISOString().slice(0, 10));
    await admin.click('.reports button[type=submit]');
    await expect.poll(() => admin.locator('.chart svg').count(), WAIT).toBe(5);
    expect(await admin.locator('.page.reports').evaluate((el) => el.scrollHeight)).toBeLessThan(3000);
    // A cleared end date, and a range the server refuses: a message, and no old figures left standing.
    await admin.fill('input[name=to]', '');
    await admin.click('.reports button[type=submit]');
    await expect.poll(() => admin.locator('.reports .error').innerText(), WAIT).toContain('Pick a start and an end date');
    expect(await admin.locator('.chart').count()).toBe(0);
    await admin.fill('input[name=to]', to.toISOString().slice(0, 10));
    await admin.fill('input[name=from]', '2020-01-01');
    await admin.click('.reports button[type=submit]');
    await expect.poll(() => admin.locator('.reports .error').innerText(), WAIT).toContain('366');
    expect(await admin.locator('.chart').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('counts a new chat in the tab title while the tab is hidden, and remembers mute', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    // Headless pages are always visible: this one reports itself hidden, as a background tab does.
    await context.addInitScript(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => true }));
    const agent = await context.newPage();
    await signInToConsole(agent, origin, DEMO_AGENT);
    const baseTitle = await agent.title();
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    await startVisitorConversation(t.url, widgetKey, 'A new chat for the badge');
    await expect.poll(() => agent.title(), WAIT).toBe(`(1) ${baseTitle}`);
    await agent.click('[data-action="mute"]');
    expect(await agent.getAttribute('[data-action="mute"]', 'aria-pressed')).toBe('true');
    await agent.reload();
    await expect.poll(() => agent.getAttribute('[data-action="mute"]', 'aria-pressed').catch(() => null), WAIT).toBe('true');
    await context.close();
  }, 120_000);

  it('a visitor message that came while the tab was hidden is marked read when the agent comes back to it', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    // Headless pages are always visible: this one is hidden and shown again, as a background tab is.
    await context.addInitScript(() => {
      let isHidden = false;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (isHidden ? 'hidden' : 'visible') });
      Object.assign(window, {
        setTabHidden(hidden: boolean) {
          isHidden = hidden;
          document.dispatchEvent(new Event('visibilitychange'));
        },
      });
    });
    const agent = await context.newPage();
    const readSeqs: number[] = [];
    agent.on('request', (request) => {
      const body = request.postData();
      if (body?.includes('ChatMarkRead')) readSeqs.push((JSON.parse(body) as { variables: { input: { seq: number } } }).variables.input.seq);
    });
    await signInToConsole(agent, origin, DEMO_AGENT);
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, widgetKey, 'Is anybody there?');
    await agent.click('[data-tab="all"]');
    await agent.locator(`.item[data-conversation-id="${conversationId}"]`).click(WAIT);
    await expect.poll(() => agent.locator('.messages .msg').allInnerTexts(), WAIT).toContainEqual(expect.stringContaining('Is anybody there?'));

    await agent.evaluate(() => (window as unknown as { setTabHidden(hidden: boolean): void }).setTabHidden(true));
    const { sendMessage } = await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'Hello? Still waiting.', clientMessageId: randomUUID() } }, visitorToken);
    await expect.poll(() => agent.locator('.messages .msg').allInnerTexts(), WAIT).toContainEqual(expect.stringContaining('Hello? Still waiting.'));
    // Nobody looked yet: not read.
    expect(readSeqs).not.toContain(sendMessage.message.seq);
    await agent.evaluate(() => (window as unknown as { setTabHidden(hidden: boolean): void }).setTabHidden(false));
    await expect.poll(() => readSeqs, WAIT).toContain(sendMessage.message.seq);
    await context.close();
  }, 60_000);

  it('an agent sets a new password with the reset token an admin issued, on the sign-in page, and signs in with it', async () => {
    const { signIn: owner } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    const email = `forgetful-${randomUUID()}@example.com`;
    const { createAgent } = await gqlData(t.url, `mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }`, { input: { email, name: 'Forgetful', password: 'first-long-passphrase-77', role: 'AGENT' } }, owner.token);
    const { issuePasswordReset } = await gqlData(t.url, `mutation($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { token } }`, { input: { agentId: createAgent.agent.id } }, owner.token);

    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/console`);
    await page.click('[data-action="reset-password"]', WAIT);
    const reset = page.locator('[data-form="reset-password"]');
    await reset.locator('input[name=reset-token]').fill(issuePasswordReset.token);
    await reset.locator('input[name=new-password]').fill('password123');
    await reset.locator('button[type=submit]').click();
    await expect.poll(() => reset.locator('.error').innerText(), WAIT).toMatch(/\S/);
    await reset.locator('input[name=new-password]').fill('second-long-passphrase-88');
    await reset.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('.sign-in .notice').innerText(), WAIT).toBe('Password changed: sign in with the new one.');
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', 'second-long-passphrase-88');
    await page.click('.sign-in button[type=submit]');
    await page.locator('.topbar').waitFor(WAIT);
    // Deactivated by an admin meanwhile: back at sign-in, told why.
    await gqlData(t.url, `mutation($input: DeactivateAgentInput!) { deactivateAgent(input: $input) { agent { id } } }`, { input: { agentId: createAgent.agent.id } }, owner.token);
    await expect.poll(() => page.locator('.sign-in .notice').innerText().catch(() => ''), WAIT).toContain('You were signed out');
    await context.close();
  }, 60_000);

  it("an AGENT's queue drops a chat a colleague took, and the open chat says so instead of offering Take", async () => {
    const { signIn: owner } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: DEMO_OWNER.email, password: DEMO_OWNER.password } });
    const createAgent = `mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }`;
    const email = `queue-watcher-${randomUUID()}@example.com`;
    await gqlData(t.url, createAgent, { input: { email, name: 'Watcher', password: 'watcher-long-passphrase-1', role: 'AGENT' } }, owner.token);
    const colleague = await gqlData(t.url, createAgent, { input: { email: `taker-${randomUUID()}@example.com`, name: 'Taker', password: 'taker-long-passphrase-22', role: 'AGENT' } }, owner.token);
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const [open, listed] = await Promise.all(['I need a person for my order', 'Another question'].map((text) => startVisitorConversation(t.url, widgetKey, text)));

    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/console`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', 'watcher-long-passphrase-1');
    await page.click('.sign-in button[type=submit]');
    await page.click('[data-tab="queue"]', WAIT);
    const item = (id: string) => page.locator(`.item[data-conversation-id="${id}"]`);
    await item(open!.conversationId).click(WAIT);
    await page.locator('[data-action="take"]').waitFor(WAIT);
    await item(listed!.conversationId).waitFor(WAIT);

    const assign = `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`;
    await gqlData(t.url, assign, { input: { conversationId: open!.conversationId, agentId: colleague.createAgent.agent.id } }, owner.token);
    await gqlData(t.url, assign, { input: { conversationId: listed!.conversationId, agentId: colleague.createAgent.agent.id } }, owner.token);
    await expect.poll(() => item(listed!.conversationId).count(), WAIT).toBe(0);
    await expect.poll(() => item(open!.conversationId).count(), WAIT).toBe(0);
    await expect.poll(() => page.locator('.messages .msg.system[role=status]').last().innerText(), WAIT).toBe('This conversation went to another agent: it no longer updates here.');
    expect(await page.locator('[data-action="take"]').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('an agent offline opens conversations and replies: no uncaught error, and the reply goes out once back online', async () => {
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const [{ conversationId: first }, { conversationId: second }] = [await startVisitorConversation(t.url, widgetKey, 'Parcel never came'), await startVisitorConversation(t.url, widgetKey, '包裹还没到')];
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const agent = await context.newPage();
    const pageErrors: string[] = [];
    agent.on('pageerror', (error) => pageErrors.push(error.message));
    await signInToConsole(agent, origin, DEMO_OWNER);
    await agent.click('[data-tab="all"]');
    const [parcel, chinese] = [agent.locator(`.inbox .item[data-conversation-id="${first}"]`), agent.locator(`.inbox .item[data-conversation-id="${second}"]`)];
    await parcel.click(WAIT);
    await agent.locator('.conversation .msg', { hasText: 'Parcel never came' }).waitFor(WAIT);
    const network = await controlNetwork(context);
    await network.goOffline();
    // Opening conversations offline: the history and the bot's suggestion cannot load (they used to throw).
    await chinese.click();
    await parcel.click();
    await agent.locator('.conversation .msg', { hasText: 'Parcel never came' }).waitFor(WAIT);
    await agent.fill('.composer textarea', 'Sent while offline');
    await agent.press('.composer textarea', 'Enter');
    await network.goOnline();
    await expect.poll(async () => (await t.app.deps.db.message.findMany({ where: { body: 'Sent while offline' } })).length, WAIT).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('an agent searches the history, one Chinese character too, opens a result, and goes back to the lists', async () => {
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const { conversationId } = await startVisitorConversation(t.url, widgetKey, '我想申请退款，订单号 88');
    const context = await chromium.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const agent = await context.newPage();
    await signInToConsole(agent, origin, DEMO_OWNER);
    const box = agent.getByRole('searchbox', { name: '搜索消息' });
    // 款 ends its run of characters: no bigram starts with it.
    await box.fill('款', WAIT);
    await box.press('Enter');
    // The bot's answer about refunds may match too.
    const result = agent.locator(`.search-results .item[data-conversation-id="${conversationId}"]`, { hasText: '我想申请退款，订单号 88' });
    await result.waitFor(WAIT);
    expect(await result.locator('mark').allInnerTexts()).toEqual(['款']);
    expect(await result.locator('.who').innerText()).toBe('Visitor');
    await agent.screenshot({ path: `${SCREENSHOTS}console-search.png` });
    expect(await agent.locator('.inbox .tabs').isVisible()).toBe(false);
    expect(await seriousViolations(agent)).toEqual([]);
    await result.click();
    await agent.locator('.conversation .msg[data-seq="1"]', { hasText: '订单号 88' }).waitFor(WAIT);

    await box.fill('南极科考站');
    await box.press('Enter');
    await expect.poll(() => agent.locator('.search-results').innerText(), WAIT).toBe('没有找到消息');
    await agent.click('[data-action="clear-search"]');
    await agent.locator('.inbox .tabs').waitFor({ state: 'visible', ...WAIT });
    expect(await agent.locator('.search-results').isVisible()).toBe(false);
    expect(await box.inputValue()).toBe('');

    // Thirty results a page; More results loads the rest.
    const { conversationId: chatty, visitorToken } = await startVisitorConversation(t.url, widgetKey, 'Zebra pattern socks, question 0');
    for (let i = 1; i < 32; i++) await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: chatty, body: `Zebra pattern socks, question ${i}`, clientMessageId: randomUUID() } }, visitorToken);
    await box.fill('ZEBRA');
    await box.press('Enter');
    const found = agent.locator('.search-results .item');
    await expect.poll(() => found.count(), WAIT).toBe(30);
    expect(await found.first().locator('mark').innerText()).toBe('Zebra');
    await agent.click('[data-action="more-results"]');
    await expect.poll(() => found.count(), WAIT).toBe(32);
    expect(await agent.locator('[data-action="more-results"]').count()).toBe(0);
    expect(await seriousViolations(agent)).toEqual([]);

    // The oldest result opens its conversation at that message, older than the latest page.
    const oldest = found.last();
    expect(await oldest.innerText()).toContain('question 0');
    const seq = await oldest.getAttribute('data-seq');
    await oldest.click();
    const message = agent.locator(`.conversation .msg[data-seq="${seq}"]`);
    await expect.poll(() => message.evaluate((el) => el.classList.contains('found')).catch(() => false), WAIT).toBe(true);
    expect(await agent.locator('.conversation .msg').count()).toBeGreaterThan(30);
    const [shown, pane] = [await message.boundingBox(), await agent.locator('.conversation .messages').boundingBox()];
    expect(shown!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(shown!.y + shown!.height).toBeLessThanOrEqual(pane!.y + pane!.height);

    // A result whose message is no longer there (removed since the search) says so instead of doing nothing.
    await agent.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('ConsoleSearchMessages')) return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { searchMessages: { seq: number }[] } };
      for (const m of body.data.searchMessages) m.seq += 10_000;
      await route.fulfill({ response, json: body });
    });
    await box.fill('zebra');
    await box.press('Enter');
    await expect.poll(() => found.count(), WAIT).toBe(30);
    await found.first().click();
    await expect.poll(() => agent.locator('.conversation .messages .msg.system[role=status]').first().innerText(), WAIT).toBe('找到的消息已不在此会话中。');
    await agent.unroute('**/graphql');

    // Escape from a result, or a list's shortcut, goes back to the lists.
    await found.first().focus();
    await agent.keyboard.press('Escape');
    await agent.locator('.inbox .tabs').waitFor({ state: 'visible', ...WAIT });
    await box.fill('zebra');
    await box.press('Enter');
    await expect.poll(() => found.count(), WAIT).toBe(30);
    await agent.keyboard.press('Alt+2');
    await agent.locator('.inbox .tabs').waitFor({ state: 'visible', ...WAIT });
    expect(await agent.locator('[data-tab="queue"]').getAttribute('aria-selected')).toBe('true');

    // A search that fails says so where the results go: no earlier results stay under it.
    await box.fill('zebra');
    await box.press('Enter');
    await expect.poll(() => found.count(), WAIT).toBe(30);
    const network = await controlNetwork(context);
    await network.goOffline();
    await box.fill('socks');
    await box.press('Enter');
    await expect.poll(() => agent.locator('.search-results').innerText(), WAIT).toBe('无法连接服务器，恢复网络后将自动重试。');
    await network.goOnline();
    await context.close();
  }, 120_000);

  it('conversations opened in quick succession, or by a double click, show the last one whole', async () => {
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    const started = async (who: string) => {
      const chat = await startVisitorConversation(t.url, widgetKey, `${who} line 0`);
      for (let i = 1; i < 40; i++) await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: chat.conversationId, body: `${who} line ${i}`, clientMessageId: randomUUID() } }, chat.visitorToken);
      return chat;
    };
    const [first, second] = [await started('Quick-A'), await started('Quick-B')];
    const lastSeqOf = async (id: string) => (await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { lastSeq } }`, { id }, ownerToken)).conversation.lastSeq as number;
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const agent = await context.newPage();
    await signInToConsole(agent, origin, DEMO_OWNER);
    await agent.click('[data-tab="all"]');
    const item = (id: string) => agent.locator(`.inbox .item[data-conversation-id="${id}"]`);
    await item(second.conversationId).waitFor(WAIT);
    const seqs = () => agent.locator('.conversation .msg[data-seq]').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.seq)));
    const isWhole = (list: number[], lastSeq: number) => list.length > 0 && list.at(-1) === lastSeq && list.every((seq, i) => i === 0 || seq === list[i - 1]! + 1);

    // The first conversation answers late: the second, opened after it, must win.
    await agent.route(`${origin}/graphql`, async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes(first.conversationId) && /ConsoleMessagesPage|ConsoleConversationDetail/.test(body)) await new Promise((resolve) => setTimeout(resolve, 400));
      await route.fallback();
    });
    await item(first.conversationId).click();
    await item(second.conversationId).click();
    await agent.locator('.conversation .msg', { hasText: 'Quick-B line 39' }).waitFor(WAIT);
    await agent.waitForTimeout(800);
    expect(await agent.locator('.conversation .msg', { hasText: 'Quick-A' }).count()).toBe(0);
    expect(isWhole(await seqs(), await lastSeqOf(second.conversationId))).toBe(true);
    await agent.unroute(`${origin}/graphql`);
    await agent.fill('.composer textarea', 'Reply for B');
    await agent.press('.composer textarea', 'Enter');
    // Stored (it has a seq), not only shown as sending.
    await agent.locator('.conversation .msg[data-seq]', { hasText: 'Reply for B' }).waitFor(WAIT);
    const bodiesOf = async (id: string) => (await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(last: 5) { edges { node { body } } } } }`, { id }, ownerToken)).conversation.messages.edges.map((e: { node: { body: string } }) => e.node.body);
    expect(await bodiesOf(second.conversationId)).toContain('Reply for B');
    expect(await bodiesOf(first.conversationId)).not.toContain('Reply for B');

    // A double click opens it twice: the newest page must not go missing.
    await item(first.conversationId).dblclick();
    await agent.locator('.conversation .msg', { hasText: 'Quick-A line 39' }).waitFor(WAIT);
    await agent.waitForTimeout(800);
    expect(isWhole(await seqs(), await lastSeqOf(first.conversationId))).toBe(true);
    await context.close();
  }, 120_000);

  it('works on a 390 × 844 phone: one column, no sideways scrolling, a conversation opens and goes back', async () => {
    const { widgetKey } = await t.app.deps.db.workspace.findFirstOrThrow({ select: { widgetKey: true } });
    await startVisitorConversation(t.url, widgetKey, '手机上能看到我吗？');
    const context = await chromium.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await signInToConsole(phone, origin, DEMO_AGENT);
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await phone.click('[data-tab="all"]');
    const item = phone.locator('.item').first();
    await item.waitFor(WAIT);
    const box = (await phone.locator('.inbox').boundingBox())!;
    expect(box.width).toBeGreaterThan(350);
    await phone.screenshot({ path: `${SCREENSHOTS}console-phone-inbox.png` });
    expect(await seriousViolations(phone)).toEqual([]);

    await item.click();
    await phone.locator('.conversation .composer textarea').waitFor({ state: 'visible', ...WAIT });
    expect(await phone.locator('.inbox').isVisible()).toBe(false);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOTS}console-phone-conversation.png` });
    await phone.click('[data-action="back"]');
    await phone.locator('.inbox').waitFor({ state: 'visible', ...WAIT });
    await context.close();
  }, 120_000);
});
