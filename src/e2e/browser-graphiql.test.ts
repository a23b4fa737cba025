// GraphiQL as a newcomer uses it (README "Try it in GraphiQL", step 4): the page loads with no
// network beyond this server, the owner's token goes in the Headers tab, and the subscription
// streams the conversation — its history first, then a message sent while it runs.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, launchChromium } from '../testing/browser.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const STEP_4 = `subscription {
  conversationEvents(conversationId: "CONVERSATION", afterSeq: 0) {
    ... on Message { seq body authorType }
  }
}`;

describeWithBrowser('GraphiQL in Chromium', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversationId: string;
  let visitorToken: string;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    ({ conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, '我的订单还没到'));
    chromium = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });

  it('streams the step-4 subscription with the token in the Headers tab, offline', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${t.url}?query=${encodeURIComponent(STEP_4.replace('CONVERSATION', conversationId))}`);
    await page.getByText('Headers', { exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .monaco-editor, .graphiql-editor-tool .CodeMirror').last();
    await headers.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`{"Authorization": "Bearer ${ws.ownerToken}"}`);
    await page.keyboard.press('Control+Enter');
    // The response editor renders spaces as no-break spaces.
    const result = async () => (await page.locator('.graphiql-response').innerText()).replaceAll('\u00a0', ' ');
    await expect.poll(result, { timeout: 30_000 }).toContain('我的订单还没到');
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'still waiting', clientMessageId: randomUUID() } }, visitorToken);
    await expect.poll(result, { timeout: 30_000 }).toContain('still waiting');
    await page.screenshot({ path: 'docs/screenshots/graphiql-subscription.png' });
    expect(outside).toEqual([]);
    await context.close();
  }, 120_000);
});
