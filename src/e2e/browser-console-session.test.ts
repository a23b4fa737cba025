// The console's session in a real browser: a session the server ends stays ended without taking
// the next one with it (the old client once kept reconnecting with the dead token and signed the
// agent out again after they signed back in), a server that cannot be reached while the console
// loads does not sign the agent out, and the page declares the language its words are in, also
// in the names it gives screen readers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, launchChromium, signInToConsole } from '../testing/browser.ts';
import { startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const OWNER = { email: 'owner@session.test', password: 'session-owner-pass' };
const WAIT = { timeout: 30_000 };

describeWithBrowser('console session in Chromium', () => {
  let t: TestApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;
  let widgetKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    origin = new URL(t.url).origin;
    const { createWorkspace } = await gqlData(t.url, `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { widgetKey } } }`, { input: { name: 'Session', owner: { ...OWNER, name: 'Ann' } } });
    widgetKey = createWorkspace.workspace.widgetKey;
    chromium = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  it('signs in again after the server ended the session, and stays signed in', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInToConsole(page, origin, OWNER);
    const { signIn } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: OWNER });
    await gqlData(t.url, `mutation { signOut(input: { everywhere: true }) { isSignedOut } }`, {}, signIn.token);
    await page.getByText('You were signed out').waitFor(WAIT);

    await page.fill('input[name=email]', OWNER.email);
    await page.fill('input[name=password]', OWNER.password);
    await page.click('button[type=submit]');
    await page.locator('.topbar').waitFor(WAIT);
    // The ended client retried every 0.5, 1, 2, 4 … s (jittered); each retry signed out again.
    await page.waitForTimeout(8_000);
    expect(await page.locator('.topbar').count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('kefu:console:token'))).not.toBeNull();
    await context.close();
  }, 90_000);

  it('keeps the session when the server cannot be reached while the console loads', async () => {
    const context = await chromium.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInToConsole(page, origin, OWNER);
    await context.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByText('Cannot reach the server').waitFor(WAIT);
    expect(await page.getByText('You were signed out').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('kefu:console:token'))).not.toBeNull();

    await context.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.topbar').waitFor(WAIT);
    await context.close();
  }, 90_000);

  it('declares the language it shows, so a screen reader reads English words as English', async () => {
    for (const [browserLocale, lang, signIn] of [['en-US', 'en', 'Sign in'], ['zh-CN', 'zh-CN', '登录']] as const) {
      const context = await chromium.browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto(`${origin}/console`);
      await page.getByRole('button', { name: signIn }).waitFor(WAIT);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await context.close();
    }
  });

  it('names its lists, controls and tag buttons for screen readers in the language it shows', async () => {
    const { conversationId } = await startVisitorConversation(t.url, widgetKey, '你好');
    const { signIn } = await gqlData(t.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: OWNER });
    await gqlData(t.url, `mutation($input: TagConversationInput!) { tagConversation(input: $input) { conversation { id } } }`, { input: { conversationId, add: ['vip'] } }, signIn.token);
    const context = await chromium.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await signInToConsole(page, origin, OWNER);
    await page.getByRole('navigation', { name: '控制台页面' }).waitFor(WAIT);
    await page.getByRole('combobox', { name: '在线状态' }).waitFor(WAIT);
    await page.getByRole('tab', { name: /排队中/ }).click(WAIT);
    await page.getByRole('listbox', { name: '会话' }).getByRole('option').first().click(WAIT);
    await page.getByRole('button', { name: '移除标签 vip' }).waitFor(WAIT);
    await context.close();
  });
});
