// Attachments and the widget's accessibility in a real browser: a visitor pastes an image into the
// widget and the agent sees it in the console; system lines come in the widget's language; links
// are safe; focus moves in on open (into the pre-chat form, then the text box) and back on close,
// Escape closes; a refused leave-a-message keeps the form; and axe-core finds no serious or
// critical violation in the widget, also once its history scrolls. Screenshots go to docs/screenshots/ (linked from the README).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Jimp } from 'jimp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoWorkspace, DEMO_AGENT } from '../workspaces/create-demo-workspace.ts';
import { describeWithBrowser, launchChromium, openDemoChat } from '../testing/browser.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WAIT = { timeout: 30_000 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe violations inside the widget's shadow root (the host page is not ours to judge here). */
async function widgetViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the demo page's CSP runs only Kefu's own bundle.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const { violations, contrastChecked } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; passes: AxeViolation[] }> } }).axe;
    const results = await axe.run({ include: [['#kefu-widget']] }, { resultTypes: ['violations'] });
    return { violations: results.violations, contrastChecked: results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0 };
  });
  // The shadow root was really examined: its texts passed the contrast check (resultTypes keeps one node per passed rule).
  expect(contrastChecked).toBeGreaterThan(0);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
}

describeWithBrowser('attachments and widget accessibility in Chromium', () => {
  let t: TestApp;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;

  beforeAll(async () => {
    t = await startTestApp();
    origin = new URL(t.url).origin;
    await createDemoWorkspace(t.app.deps);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  it('an image pasted in the widget appears in the console; system lines in Chinese, safe links, focus, Escape, and no serious axe violations', async () => {
    const { browser } = chromium;
    const agent = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 760 } })).newPage();
    const visitor = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 480, height: 720 } })).newPage();

    // The agent signs in and steps away; they take the visitor's conversation from the queue below.
    await agent.goto(`${origin}/console`);
    await agent.fill('input[name=email]', DEMO_AGENT.email);
    await agent.fill('input[name=password]', DEMO_AGENT.password);
    await agent.click('button[type=submit]');
    const away = agent.waitForResponse((r) => r.request().postData()?.includes('ConsoleSetStatus') === true);
    await agent.selectOption('select[data-presence]', 'AWAY');
    await away;

    await visitor.goto(`${origin}/demo`);
    await visitor.locator('.launcher').waitFor(WAIT);
    await visitor.click('.launcher');
    await visitor.fill('.prechat input[name=name]', 'Ada Visitor');
    await visitor.fill('.prechat input[name=email]', 'ada@example.com');
    await visitor.click('.prechat button[type=submit]');
    await visitor.fill('.composer textarea', '看这里 https://example.com/orders?id=42 和 javascript:alert(1)');
    await visitor.press('.composer textarea', 'Enter');
    // The bot is off here, so the conversation waits for a person from its first message: no "Talk to a person".
    await expect.poll(() => visitor.locator('.human').isVisible(), WAIT).toBe(false);
    await agent.click('[data-tab="queue"]');
    await agent.locator('.item', { hasText: 'Ada Visitor' }).click(WAIT);
    await agent.click('[data-action="take"]', WAIT);

    // The agent joined: said in the widget's language from the typed event, not the stored English.
    await expect.poll(() => visitor.locator('.msg.system').allInnerTexts(), WAIT).toContain(`${DEMO_AGENT.name} 已加入会话`);
    expect((await visitor.locator('.msg.system').allInnerTexts()).join(' ')).not.toMatch(/joined/);

    // Only the http(s) address became a link, opening safely in a new tab.
    const link = visitor.locator('.msg.mine a');
    await expect.poll(() => link.count(), WAIT).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://example.com/orders?id=42');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');

    // The status line names who helps; it says so again once the upload below is done.
    await expect.poll(() => visitor.locator('.status').innerText(), WAIT).toContain(DEMO_AGENT.name);
    const helping = await visitor.locator('.status').innerText();

    // Paste a screenshot into the text box.
    const png = await new Jimp({ width: 640, height: 360, color: 0xe11d48ff }).getBuffer('image/png');
    await visitor.locator('.composer textarea').evaluate((textarea, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }));
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, png.toString('base64'));
    const widgetImage = visitor.locator('.msg.mine .attachment.image img');
    await expect.poll(() => widgetImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBe(320);
    await expect.poll(() => visitor.locator('.status').innerText(), WAIT).toBe(helping);
    await visitor.screenshot({ path: `${SCREENSHOTS}widget-attachment.png` });

    // The agent, in the conversation, sees the image arrive.
    const consoleImage = agent.locator('.msg.visitor .attachment.image img');
    await expect.poll(() => consoleImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBe(320);
    expect(await agent.locator('.msg.visitor .attachment.image').getAttribute('href')).toMatch(/\/attachments\/\w+\?variant=file&expires=\d+&signature=/);
    await agent.screenshot({ path: `${SCREENSHOTS}console-attachment.png` });

    // A file over attachments.maxBytes (10 MB) pasted in the console: refused with the limit named,
    // and the refusal gives way once a message goes through.
    await agent.locator('.composer textarea').evaluate((textarea) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(11 * 1024 * 1024)], 'huge.bin', { type: 'application/octet-stream' }));
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const banner = agent.locator('.topbar .banner');
    await expect.poll(() => banner.innerText(), WAIT).toBe('The file is too large (at most 10.0 MB). Send a smaller one.');
    await agent.fill('.composer textarea', 'Could you send a smaller file?');
    await agent.press('.composer textarea', 'Enter');
    // Well inside the 10 s an error stays by itself.
    await expect.poll(() => banner.isHidden(), { timeout: 5_000 }).toBe(true);

    // No serious or critical accessibility problems in the open widget.
    expect(await widgetViolations(visitor)).toEqual([]);

    // Escape closes and gives focus back to the launcher; opening again puts focus in the text box.
    const focused = () => visitor.evaluate(() => document.querySelector('#kefu-widget')?.shadowRoot?.activeElement?.className ?? document.activeElement?.tagName ?? '');
    await visitor.locator('.composer textarea').focus();
    await visitor.keyboard.press('Escape');
    await expect.poll(() => visitor.locator('.panel').isHidden(), WAIT).toBe(true);
    expect(await focused()).toBe('launcher');
    await visitor.keyboard.press('Enter');
    await expect.poll(() => visitor.locator('.panel').isVisible(), WAIT).toBe(true);
    expect(await visitor.evaluate(() => document.querySelector('#kefu-widget')?.shadowRoot?.activeElement?.tagName)).toBe('TEXTAREA');

    // An agent reply that arrives while the widget is closed is in view when it opens again.
    await visitor.keyboard.press('Escape');
    for (let i = 1; i <= 12; i++) {
      await agent.fill('.composer textarea', `Line ${i} of a long answer`);
      await agent.press('.composer textarea', 'Enter');
    }
    await expect.poll(() => visitor.locator('.msg[data-author="AGENT"]').count(), WAIT).toBe(13);
    // The closed chat counts them on its launcher, for the eye and for a screen reader.
    await expect.poll(() => visitor.locator('.launcher .unread').innerText(), WAIT).toBe('9+');
    expect(await visitor.locator('.launcher').getAttribute('aria-label')).toBe('打开客服聊天（12 条新消息）');
    // Past the widget's 300 ms read delay: the replies were seen arriving by a closed chat.
    await visitor.waitForTimeout(500);
    await visitor.click('.launcher');
    await expect.poll(() => visitor.locator('.msg[data-author="AGENT"]').last().isVisible(), WAIT).toBe(true);
    const inView = await visitor.locator('.log').evaluate((log) => Math.abs(log.scrollHeight - log.clientHeight - log.scrollTop) < 4);
    expect(inView).toBe(true);
    // Opening the chat reads them: the agent sees "Read" on the last one (it waited for the next message).
    await expect.poll(() => agent.locator('.msg.staff .read-mark').last().innerText(), WAIT).toContain('Read');
    // The count went with the opening; one reply to a closed chat shows 1.
    await visitor.keyboard.press('Escape');
    expect(await visitor.locator('.launcher .unread').isHidden()).toBe(true);
    expect(await visitor.locator('.launcher').getAttribute('aria-label')).toBe('打开客服聊天');
    await agent.fill('.composer textarea', 'One more thing');
    await agent.press('.composer textarea', 'Enter');
    await expect.poll(() => visitor.locator('.launcher .unread').innerText(), WAIT).toBe('1');
  }, 180_000);

  it('a history longer than the panel can be reached and scrolled from the keyboard (no serious axe violation)', async () => {
    const visitor = await (await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } })).newPage();
    await openDemoChat(visitor, origin, { name: 'Lou Long', email: 'lou@example.com' });
    const log = visitor.locator('.log');
    for (let n = 1; await log.evaluate((l) => l.scrollHeight <= l.clientHeight); n++) {
      await visitor.fill('.composer textarea', `Line ${n} of a long story`);
      await visitor.press('.composer textarea', 'Enter');
      await visitor.locator('.msg.mine:not(.pending)', { hasText: `Line ${n} of` }).waitFor(WAIT);
    }
    expect(await widgetViolations(visitor)).toEqual([]);
    await log.focus();
    await visitor.keyboard.press('Home');
    await expect.poll(() => log.evaluate((l) => l.scrollTop), WAIT).toBe(0);
    await visitor.context().close();
  }, 120_000);

  it('a keyboard-only visitor fills the pre-chat form and writes: focus goes to the form on open and to the text box after it', async () => {
    const visitor = await (await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } })).newPage();
    const focused = () => visitor.evaluate(() => document.querySelector('#kefu-widget')?.shadowRoot?.activeElement?.getAttribute('name') ?? document.activeElement?.tagName ?? '');
    await visitor.goto(`${origin}/demo`);
    await visitor.locator('.launcher').waitFor(WAIT);
    await visitor.locator('.launcher').focus();
    await visitor.keyboard.press('Enter');
    await visitor.locator('.prechat').waitFor(WAIT);
    // The form hides the text box, so the focus is in its first field, not lost on the page.
    expect(await focused()).toBe('name');
    await visitor.keyboard.type('Kim Keyboard');
    await visitor.keyboard.press('Tab');
    await visitor.keyboard.type('kim@example.com');
    await visitor.keyboard.press('Enter');
    await visitor.locator('.composer').waitFor({ state: 'visible', ...WAIT });
    // The form is gone and the text box is back: what the visitor types next lands there.
    await expect.poll(() => visitor.evaluate(() => document.querySelector('#kefu-widget')?.shadowRoot?.activeElement?.tagName), WAIT).toBe('TEXTAREA');
    await visitor.keyboard.type('Typed without the mouse');
    await visitor.keyboard.press('Enter');
    await expect.poll(() => visitor.locator('.msg.mine .text').allInnerTexts(), WAIT).toContain('Typed without the mouse');
    await visitor.context().close();
  }, 120_000);

  it('a refused leave-a-message keeps the form and throws nothing at the host page; the next one clears the refusal', async () => {
    const visitor = await (await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 720 } })).newPage();
    const pageErrors: string[] = [];
    visitor.on('pageerror', (error) => pageErrors.push(error.message));
    await openDemoChat(visitor, origin, { name: 'Lea Later', email: 'lea@example.com' });
    // The bot is off and nobody is online: the first message waits, and the widget offers the form.
    await visitor.fill('.composer textarea', 'Is anyone there?');
    await visitor.press('.composer textarea', 'Enter');
    const form = visitor.locator('form.leave-message');
    await form.waitFor(WAIT);
    // Enter starts a new line there: its box does not say "Enter to send" as the chat's does.
    expect(await form.locator('textarea').getAttribute('placeholder')).toBe('Your message');

    // Over the 16 KB message limit: refused, said in the banner, the text kept, nothing uncaught.
    const tooLong = 'x'.repeat(17 * 1024);
    await form.locator('textarea').fill(tooLong);
    await form.locator('button[type=submit]').click();
    const banner = visitor.locator('.banner');
    await expect.poll(() => banner.innerText(), WAIT).toContain('The message is too long (at most 16 KB)');
    expect(await form.locator('textarea').inputValue()).toBe(tooLong);

    await form.locator('textarea').fill('Please email me about my order.');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.innerText(), WAIT).toContain('Thanks');
    // Well inside the 10 s a refusal stays by itself.
    await expect.poll(() => banner.isHidden(), { timeout: 5_000 }).toBe(true);
    expect(pageErrors).toEqual([]);
    await visitor.context().close();
  }, 120_000);
});
