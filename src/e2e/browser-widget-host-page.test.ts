// The widget embedded as the README says, on a site of another origin whose stylesheet is not
// ours: rules that match the widget's host element (`* { … }`, `div { … }`) must not reach the
// chat through inheritance (a `* { line-height: 3 }` pushed the leave-a-message button out of the
// panel), and the chat declares its own language, which need not be the page's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithBrowser, launchChromium } from '../testing/browser.ts';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const HOSTILE_CSS = '* { line-height: 3; font: italic 30px/3 serif; letter-spacing: 4px; text-align: right; color: #f00; text-transform: uppercase; box-sizing: content-box; }';
const WAIT = { timeout: 30_000 };

/** What a visitor sees of the open chat: the computed text styles of its parts. */
async function chatStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const root = document.getElementById('kefu-widget')!.shadowRoot!;
    const styles: Record<string, string> = {};
    for (const selector of ['.panel', 'header h2', '.msg', 'textarea', 'form.composer button']) {
      const style = getComputedStyle(root.querySelector(selector)!);
      styles[selector] = [style.fontSize, style.lineHeight, style.fontStyle, style.letterSpacing, style.textAlign, style.color, style.textTransform].join(' ');
    }
    return styles;
  });
}

describeWithBrowser('the widget on a host page of another origin', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  /** The shop: its own origin on this machine (Chromium keeps a public page from loopback). */
  let shop: Server;
  let shopOrigin: string;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    chromium = await launchChromium();
    // ?css=… is the shop's stylesheet; the page has the README's script tag.
    shop = createServer((req, res) => {
      const params = new URL(req.url ?? '/', 'http://shop').searchParams;
      const script = `<script src="${new URL('/widget.js', t.url).href}" data-workspace="${ws.widgetKey}"${params.get('attributes') ?? ''} async></script>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><style>${params.get('css') ?? ''}</style></head><body><h1>Shop</h1>${script}</body></html>`);
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopOrigin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    shop?.close();
    await t?.close();
  });

  /** Opens the chat on the shop's page, which has the stylesheet `css`. */
  async function openChat(css: string, attributes = ''): Promise<Page> {
    const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${shopOrigin}/?${new URLSearchParams({ css, attributes })}`);
    await page.locator('#kefu-widget .launcher').click(WAIT);
    await page.locator('#kefu-widget .msg').first().waitFor(WAIT);
    return page;
  }

  it('keeps the host page’s inherited styles out of the chat', async () => {
    const plain = await openChat('');
    const hostile = await openChat(HOSTILE_CSS);
    expect(await chatStyles(hostile)).toEqual(await chatStyles(plain));
    await plain.context().close();
    await hostile.context().close();
  });

  it('declares the chat’s language when it differs from the page’s', async () => {
    const page = await openChat('', ' data-locale="zh-CN"');
    expect(await page.evaluate(() => [document.documentElement.lang, document.getElementById('kefu-widget')!.lang])).toEqual(['en', 'zh-CN']);
    // Agents and the bot take the chat's language as the visitor's, not the English browser's.
    const visitors = await gqlData(t.url, '{ visitors(first: 50) { edges { node { locale } } } }', {}, ws.ownerToken);
    expect(visitors.visitors.edges.map((e: { node: { locale: string | null } }) => e.node.locale)).toContain('zh-CN');
    await page.context().close();
  });
});
