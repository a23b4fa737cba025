// Headless Chromium for the browser journeys (src/e2e/browser-*.test.ts): Debian's package at
// /usr/bin/chromium (.ci/setup-browser installs it) driven by playwright-core, which downloads
// nothing. Suites skip with a notice without it, or fail under REQUIRE_TEST_SERVICES=1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** describe() that runs when Chromium is installed; otherwise skips with a notice (fails under REQUIRE_TEST_SERVICES=1). */
export function describeWithBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.REQUIRE_TEST_SERVICES === '1') {
    describe(name, () => {
      throw new Error(`Chromium is required (REQUIRE_TEST_SERVICES=1) but ${CHROMIUM_PATH} is missing: run .ci/setup-browser`);
    });
    return;
  }
  process.stderr.write(`notice: skipping "${name}": ${CHROMIUM_PATH} is missing (run .ci/setup-browser)\n`);
  describe.skip(name, body);
}

/**
 * Launches Chromium with a fresh profile. Playwright gives every launch its own temporary
 * --user-data-dir (it refuses one in args); the extra flags keep Chromium off the network.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const crashDir = mkdtempSync(join(tmpdir(), 'kefu-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--crash-dumps-dir=${crashDir}`],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(crashDir, { recursive: true, force: true });
    },
  };
}

/** Network control for one context: offline emulation for HTTP plus a real drop of its GraphQL WebSockets (offline emulation leaves open sockets alone). */
export async function controlNetwork(context: BrowserContext): Promise<{ goOffline(): Promise<void>; goOnline(): Promise<void> }> {
  let isOffline = false;
  const sockets = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/graphql$/, (ws) => {
    if (isOffline) return void ws.close({ code: 1001, reason: 'offline' });
    ws.connectToServer();
    sockets.add(ws);
  });
  return {
    async goOffline() {
      isOffline = true;
      await context.setOffline(true);
      for (const ws of sockets) await ws.close({ code: 1001, reason: 'offline' });
      sockets.clear();
    },
    async goOnline() {
      isOffline = false;
      await context.setOffline(false);
    },
  };
}

/** Opens /console and signs in; resolves once the console's top bar is drawn. */
export async function signInToConsole(page: Page, origin: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${origin}/console`);
  await page.fill('input[name=email]', account.email);
  await page.fill('input[name=password]', account.password);
  await page.click('button[type=submit]');
  await page.locator('.topbar').waitFor({ timeout: 30_000 });
}

/** Opens the widget on the server's /demo page and sends the pre-chat form as this visitor. */
export async function openDemoChat(page: Page, origin: string, visitor: { name: string; email: string }): Promise<void> {
  await page.goto(`${origin}/demo`);
  await page.click('.launcher', { timeout: 30_000 });
  await page.fill('.prechat input[name=name]', visitor.name);
  await page.fill('.prechat input[name=email]', visitor.email);
  await page.click('.prechat button[type=submit]');
}
