// examples/react-inbox (React + urql + @kefu/client), built against the packed package, in a real
// browser: an agent opens a visitor's conversation from the inbox, receives the visitor's messages
// live, loses the socket and gets what was sent meanwhile exactly once, and replies.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildReactInboxExample } from '../../client/src/package/install-packed-package.ts';
import { controlNetwork, describeWithBrowser, launchChromium } from '../testing/browser.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const WAIT = { timeout: 30_000 };
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The built app on its own origin, as a static host would serve it. */
async function serveFolder(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = join(root, (req.url ?? '/').split('?')[0]!.replace(/\/$/, '/index.html'));
    if (!path.startsWith(root) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describeWithBrowser('examples/react-inbox in Chromium', () => {
  let t: TestApp;
  let app: { origin: string; server: Server };
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    const [testApp, dist] = await Promise.all([startTestApp(), buildReactInboxExample()]);
    t = testApp;
    app = await serveFolder(dist);
    chromium = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await chromium?.close();
    app?.server.close();
    await t?.close();
  });

  it('lists conversations, follows one live, resumes after a dropped socket without loss or repeats, and sends a reply', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, workspace.widgetKey, 'Hello from the visitor');
    const context = await chromium.browser.newContext();
    const network = await controlNetwork(context);
    const page = await context.newPage();
    const visitorSends = (body: string) => gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: crypto.randomUUID() } }, visitorToken);
    const shown = () => page.locator('[data-testid=messages] li:not([data-pending])').allInnerTexts();

    await page.goto(`${app.origin}/?kefu=${encodeURIComponent(t.url)}&token=${workspace.ownerToken}`);
    await page.locator('[data-testid=inbox] button', { hasText: 'Visitor' }).click(WAIT);
    await page.locator('[data-testid=messages] li', { hasText: 'Hello from the visitor' }).waitFor(WAIT);
    await expect.poll(() => page.locator('[data-testid=connection]').innerText(), WAIT).toBe('connected');

    await visitorSends('Live from the visitor');
    await page.locator('[data-testid=messages] li', { hasText: 'Live from the visitor' }).waitFor(WAIT);

    // The socket drops; what the visitor sends meanwhile arrives once when the follower resumes.
    await network.goOffline();
    await expect.poll(() => page.locator('[data-testid=connection]').innerText(), WAIT).not.toBe('connected');
    await visitorSends('Sent while the agent was offline');
    await network.goOnline();
    await page.locator('[data-testid=messages] li', { hasText: 'Sent while the agent was offline' }).waitFor(WAIT);

    await page.fill('input[name=body]', 'Reply from the React inbox');
    await page.click('button[type=submit]');
    await page.locator('[data-testid=messages] li:not([data-pending])', { hasText: 'Reply from the React inbox' }).waitFor(WAIT);

    expect(await shown()).toEqual(['VISITOR Hello from the visitor', 'VISITOR Live from the visitor', 'VISITOR Sent while the agent was offline', 'AGENT Reply from the React inbox']);
    const seqs = await page.locator('[data-testid=messages] li[data-seq]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-seq'))));
    expect(seqs).toEqual([1, 2, 3, 4]);
    const { conversation } = await gqlData(t.url, `query($id: ID!) { conversation(id: $id) { messages(last: 10) { edges { node { body authorType } } } } }`, { id: conversationId }, visitorToken);
    expect(conversation.messages.edges.at(-1).node).toEqual({ body: 'Reply from the React inbox', authorType: 'AGENT' });
    await context.close();
  });
});
