// What a visitor types is all a visitor controls, and the console shows it to agents: markup stays
// text (nothing runs), one very long word cannot push the console's own controls off the screen,
// a bidirectional override in a name cannot reverse the console's words beside it, and the page's
// Content-Security-Policy would stop markup that ever got through from running.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, launchChromium, signInToConsole } from '../testing/browser.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const OWNER = { email: 'owner@hostile.test', password: 'hostile-owner-pass' };
const WAIT = { timeout: 30_000 };
const MARKUP = `<img src=x onerror="window.__ran('markup')"><svg onload="window.__ran('svg')"></svg>`;

describeWithBrowser('visitor input in the console (Chromium)', () => {
  let t: TestApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;
  let widgetKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    origin = new URL(t.url).origin;
    const { createWorkspace } = await gqlData(t.url, `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { widgetKey } } }`, { input: { name: 'Hostile', owner: { ...OWNER, name: 'Ann' } } });
    widgetKey = createWorkspace.workspace.widgetKey;
    chromium = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  async function visitorWrites(name: string, body: string): Promise<void> {
    const { startVisitorSession } = await gqlData(t.url, `mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token } }`, { input: { widgetKey, name } });
    await gqlData(t.url, `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`, { input: { firstMessage: { body, clientMessageId: randomUUID() } } }, startVisitorSession.token);
  }

  async function openConversationOf(page: Page, name: string): Promise<void> {
    await page.click('[data-tab="all"]');
    await page.locator('.inbox .item', { hasText: name }).first().click(WAIT);
    await page.locator('.conv-head h2', { hasText: name }).waitFor(WAIT);
  }

  it('shows markup as text and wraps a 400-character word inside the conversation, with every console control on screen', async () => {
    await visitorWrites(`Mallet ${MARKUP}`, `Look: ${'W'.repeat(400)} ${MARKUP}`);
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const ran: string[] = [];
    await context.exposeFunction('__ran', (where: string) => ran.push(where));
    const page = await context.newPage();
    await signInToConsole(page, origin, OWNER);
    await openConversationOf(page, 'Mallet');
    await page.locator('.messages .msg', { hasText: 'Look:' }).waitFor(WAIT);

    expect(await page.locator('.conv-head h2').innerText()).toContain(MARKUP);
    // The word used to widen the middle column to about 4,000 px: Sign out, Take and Resolve left the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    for (const control of ['.topbar button:has-text("Sign out")', '.conv-head button:has-text("Take")', '.conv-head button:has-text("Resolve")']) {
      const box = await page.locator(control).first().boundingBox();
      expect(box, control).not.toBeNull();
      expect(box!.x + box!.width, control).toBeLessThanOrEqual(1280);
    }
    const bubble = await page.locator('.messages .msg', { hasText: 'Look:' }).boundingBox();
    expect(bubble!.x + bubble!.width).toBeLessThanOrEqual(1280 - 280);
    expect(ran).toEqual([]);
    await context.close();
  }, 90_000);

  it('keeps a right-to-left override in a visitor name from reversing the status badge after it', async () => {
    // U+202E without its closing U+202C: as plain text it reverses everything after it on the line.
    await visitorWrites('Override \u202Eevil', 'hello');
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInToConsole(page, origin, OWNER);
    await openConversationOf(page, 'Override');

    // Reversed, the heading read "Override nepO live": the badge sat inside the name.
    const layout = await page.locator('.conv-head h2').evaluate((h2) => {
      const nameNode = [...h2.childNodes].find((n) => n.textContent?.includes('Override'))!;
      const range = document.createRange();
      range.selectNodeContents(nameNode);
      const badge = h2.querySelector('.badge')!;
      return { nameRight: range.getBoundingClientRect().right, badgeLeft: badge.getBoundingClientRect().left };
    });
    expect(layout.nameRight).toBeLessThanOrEqual(layout.badgeLeft);
    await context.close();
  }, 90_000);

  it('serves the console and the demo page with a CSP that runs only their own bundle: an inline handler is refused', async () => {
    for (const path of ['/console', '/demo']) {
      const csp = (await fetch(`${origin}${path}`)).headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
    }
    const context = await chromium.browser.newContext({ locale: 'en-US' });
    const ran: string[] = [];
    await context.exposeFunction('__ran', (where: string) => ran.push(where));
    const page = await context.newPage();
    await signInToConsole(page, origin, OWNER);
    // As if visitor markup had reached the DOM: the browser reports the refused handler.
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
          document.body.insertAdjacentHTML('beforeend', `<img src="data:," onerror="window.__ran('inline')">`);
        }),
    );
    expect(violated).toBe('script-src-attr');
    expect(ran).toEqual([]);
    await context.close();
  }, 90_000);
});
