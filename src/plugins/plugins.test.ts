// Plugins through the API of a real server: a Lua and a TypeScript plugin each modify, tag and
// reject messages sent over real WebSockets; a broken edit keeps the running version and says why;
// a runaway hook is stopped at its budget while the message goes through; admins alone configure.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture, CONVERSATION_EVENTS, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { LUA_TEST_PLUGIN, TS_TEST_PLUGIN } from './testing/test-plugins.ts';

const PLUGINS = `{ plugins { name language version hooks isRunning loadError enabled settings } }`;
const CONFIGURE = `mutation($input: ConfigurePluginInput!) { configurePlugin(input: $input) { plugin { name enabled settings } } }`;
const TAGS = `query($id: ID!) { conversation(id: $id) { tags { name } } }`;

function writePlugin(dir: string, name: string, file: string, code: string): void {
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, file), code);
}

async function pluginState(url: string, token: string, name: string) {
  const { plugins } = await gqlData(url, PLUGINS, {}, token);
  return plugins.find((p: { name: string }) => p.name === name);
}

async function metric(url: string, line: RegExp): Promise<number> {
  const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  const found = text.split('\n').find((l) => line.test(l));
  return found ? Number(found.split(' ').at(-1)) : 0;
}

describe('plugins on the message path', () => {
  let server: TestApp;
  let pluginsDir: string;
  let ws: WorkspaceFixture;
  let client: Client;
  beforeAll(async () => {
    pluginsDir = mkdtempSync(join(tmpdir(), 'kefu-plugins-'));
    writePlugin(pluginsDir, 'lua-screen', 'plugin.lua', LUA_TEST_PLUGIN('1'));
    writePlugin(pluginsDir, 'ts-screen', 'plugin.ts', TS_TEST_PLUGIN('1'));
    cpSync(new URL('./examples', import.meta.url).pathname, pluginsDir, { recursive: true });
    server = await startTestApp({ config: { plugins: { dir: pluginsDir, hookTimeoutMs: 200, httpAllowedHosts: ['127.0.0.1'] } } });
    ws = await createWorkspaceFixture(server.url);
    for (const name of ['lua-screen', 'ts-screen']) await gqlData(server.url, CONFIGURE, { input: { name, enabled: true } }, ws.ownerToken);
    client = openWsClient(server.wsUrl, ws.ownerToken);
  }, 60_000);
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
    rmSync(pluginsDir, { recursive: true, force: true });
  });

  it('lists the plugins with their language, hooks and this workspace’s switch', async () => {
    const { plugins } = await gqlData(server.url, PLUGINS, {}, ws.ownerToken);
    expect(plugins.map((p: { name: string }) => p.name)).toEqual(['sensitive-words', 'lua-screen', 'ts-screen', 'auto-tagger']);
    expect(plugins.find((p: { name: string }) => p.name === 'lua-screen')).toMatchObject({ language: 'LUA', version: '1', hooks: expect.arrayContaining(['beforeStore']), isRunning: true, loadError: null, enabled: true });
    expect(plugins.find((p: { name: string }) => p.name === 'ts-screen')).toMatchObject({ language: 'TYPESCRIPT', version: '1', isRunning: true, enabled: true });
  });

  describe.each([
    ['Lua', 'lua'],
    ['TypeScript', 'ts'],
  ])('a %s plugin', (_language, prefix) => {
    it('modifies and tags a message before it is stored; subscribers see the stored text', async () => {
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      const events = subscribe<any>(client, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 0 });
      const visitor = openWsClient(server.wsUrl, visitorToken);
      const sent = await new Promise<any>((resolve, reject) =>
        visitor.subscribe({ query: SEND_MESSAGE, variables: { input: { conversationId, body: `${prefix}: my password is hunter2`, clientMessageId: randomUUID() } } }, { next: resolve, error: reject, complete: () => undefined }),
      );
      await visitor.dispose();
      expect(sent.data.sendMessage.message.body).toBe(`${prefix}: my password is [${prefix} redacted]`);
      const stored = await events.waitFor(2);
      expect(stored[1]!.conversationEvents.body).toBe(`${prefix}: my password is [${prefix} redacted]`);
      events.stop();
      const { conversation } = await gqlData(server.url, TAGS, { id: conversationId }, ws.ownerToken);
      expect(conversation.tags.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining([`${prefix}-secret`, `${prefix}-seen`]));
    });

    it('rejects a message with the plugin’s reason, and nothing is stored', async () => {
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      const rejected = await gql(server.url, SEND_MESSAGE, { input: { conversationId, body: `${prefix}: forbidden fruit`, clientMessageId: randomUUID() } }, visitorToken);
      expect(rejected.errors?.[0]?.extensions).toMatchObject({ code: 'MESSAGE_REJECTED', plugin: `${prefix}-screen` });
      expect(rejected.errors?.[0]?.message).toBe(`${prefix} does not allow forbidden words`);
      const { conversation } = await gqlData(server.url, `query($id: ID!) { conversation(id: $id) { lastSeq } }`, { id: conversationId }, ws.ownerToken);
      expect(conversation.lastSeq).toBe(1);
    });

    it('stops a hook in an endless loop at its budget, counts it, and stores the message unchanged', async () => {
      const series = new RegExp(`^kefu_plugin_hook_calls_total\\{plugin="${prefix}-screen",hook="beforeStore",outcome="timeout"\\}`);
      const before = await metric(server.url, series);
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      const sent = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: `${prefix}: loop forever`, clientMessageId: randomUUID() } }, visitorToken);
      expect(sent.sendMessage.message.body).toBe(`${prefix}: loop forever`);
      expect(await metric(server.url, series)).toBe(before + 1);
      // The plugin still works afterwards (the JS sandbox thread was replaced).
      const next = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: `${prefix}: hunter2`, clientMessageId: randomUUID() } }, visitorToken);
      expect(next.sendMessage.message.body).toBe(`${prefix}: [${prefix} redacted]`);
    });

    it('keeps the running version when an edit has a syntax error, reports why, and loads the fix', async () => {
      const name = `${prefix}-screen`;
      const [file, good, broken] = prefix === 'lua' ? ['plugin.lua', LUA_TEST_PLUGIN('2'), 'return { name = "lua-screen", hooks = {'] : ['plugin.ts', TS_TEST_PLUGIN('2'), 'export default { name: "ts-screen", hooks: { beforeStore( } }'];
      const failures = new RegExp(`^kefu_plugin_loads_total\\{plugin="${name}",outcome="failed"\\}`);
      const before = await metric(server.url, failures);
      writeFileSync(join(pluginsDir, name, file), broken);
      await waitUntil(async () => (await pluginState(server.url, ws.ownerToken, name)).loadError !== null, 'the load error to be reported', 10_000);
      const state = await pluginState(server.url, ws.ownerToken, name);
      expect(state).toMatchObject({ isRunning: true, version: '1' });
      expect(state.loadError).toMatch(prefix === 'lua' ? /plugin\.lua:1:/ : /plugin\.ts:1:\d+:/);
      expect(await metric(server.url, failures)).toBe(before + 1);
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      const sent = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: `${prefix}: hunter2`, clientMessageId: randomUUID() } }, visitorToken);
      expect(sent.sendMessage.message.body).toBe(`${prefix}: [${prefix} redacted]`);

      writeFileSync(join(pluginsDir, name, file), good);
      await waitUntil(async () => (await pluginState(server.url, ws.ownerToken, name)).version === '2', 'the fixed version to load', 10_000);
      expect((await pluginState(server.url, ws.ownerToken, name)).loadError).toBeNull();
    });
  });

  it('fails a Lua hook that allocates past plugins.luaMemoryMb, counts it, and stores the message unchanged', async () => {
    const series = /^kefu_plugin_hook_calls_total\{plugin="lua-screen",hook="beforeStore",outcome="error"\}/;
    const before = await metric(server.url, series);
    const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
    const sent = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: 'lua: hog memory', clientMessageId: randomUUID() } }, visitorToken);
    expect(sent.sendMessage.message.body).toBe('lua: hog memory');
    expect(await metric(server.url, series)).toBe(before + 1);
    const next = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: 'lua: hunter2', clientMessageId: randomUUID() } }, visitorToken);
    expect(next.sendMessage.message.body).toBe('lua: [lua redacted]');
  });

  it('sends a plugin’s HTTP call after the message is stored, to allowed hosts only', async () => {
    const received: { body: string; request: IncomingMessage }[] = [];
    const endpoint = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => (received.push({ body, request }), response.end('ok')));
    });
    endpoint.listen(0, '127.0.0.1');
    await once(endpoint, 'listening');
    const { port } = endpoint.address() as { port: number };
    try {
      await gqlData(server.url, CONFIGURE, { input: { name: 'ts-screen', settings: { endpoint: `http://127.0.0.1:${port}/hook` } } }, ws.ownerToken);
      const refused = /^kefu_plugin_action_errors_total\{plugin="ts-screen",action="http"\}/;
      const before = await metric(server.url, refused);
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      const sent = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: 'ts: notify the team', clientMessageId: randomUUID() } }, visitorToken);
      await waitUntil(async () => received.length === 1 && (await metric(server.url, refused)) === before + 1, 'the allowed call to arrive and the other to be refused', 10_000);
      expect(received[0]!.request.method).toBe('POST');
      expect(received[0]!.body).toBe(`${conversationId} ${sent.sendMessage.message.seq} ts: notify the team`);
    } finally {
      endpoint.close();
    }
  });

  it('gives a JS plugin no way to import modules: the load fails and says why', async () => {
    writePlugin(pluginsDir, 'sneaky', 'plugin.ts', "import { readFileSync } from 'node:fs';\nexport default { name: 'sneaky', hooks: { beforeStore: () => ({ body: readFileSync('/etc/passwd', 'utf8') }) } };\n");
    await waitUntil(async () => (await pluginState(server.url, ws.ownerToken, 'sneaky'))?.loadError != null, 'the load to fail', 10_000);
    expect(await pluginState(server.url, ws.ownerToken, 'sneaky')).toMatchObject({ isRunning: false, loadError: expect.stringMatching(/plugins cannot import "node:fs"/) });
    rmSync(join(pluginsDir, 'sneaky'), { recursive: true });
    await waitUntil(async () => (await pluginState(server.url, ws.ownerToken, 'sneaky')) === undefined, 'the removed plugin to be dropped', 10_000);
  });

  describe('the shipped examples', () => {
    it('sensitive-words masks zh and en words from its lists and tags the conversation; reject mode refuses', async () => {
      await gqlData(server.url, CONFIGURE, { input: { name: 'sensitive-words', enabled: true, settings: { extraWords: ['lemon'] } } }, ws.ownerToken);
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      const send = (body: string) => gql(server.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, visitorToken);
      expect((await send('You IDIOT, 你是笨蛋! classic lemon')).data!.sendMessage.message.body).toBe('You *****, 你是**! classic *****');
      expect((await send('a stupidity test')).data!.sendMessage.message.body).toBe('a stupidity test');
      const { conversation } = await gqlData(server.url, TAGS, { id: conversationId }, ws.ownerToken);
      expect(conversation.tags.map((t: { name: string }) => t.name)).toContain('sensitive');

      await gqlData(server.url, CONFIGURE, { input: { name: 'sensitive-words', settings: { action: 'reject' } } }, ws.ownerToken);
      const refused = await send('这是垃圾');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'MESSAGE_REJECTED', plugin: 'sensitive-words' });
      expect(refused.errors?.[0]?.message).toMatch(/not allowed here/);
      await gqlData(server.url, CONFIGURE, { input: { name: 'sensitive-words', enabled: false } }, ws.ownerToken);
    });

    it('auto-tagger tags by the workspace’s keyword rules', async () => {
      await gqlData(server.url, CONFIGURE, { input: { name: 'auto-tagger', enabled: true } }, ws.ownerToken);
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: '我想退款, the app shows an error', clientMessageId: randomUUID() } }, visitorToken);
      const { conversation } = await gqlData(server.url, TAGS, { id: conversationId }, ws.ownerToken);
      expect(conversation.tags.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['refund', 'bug']));
      await gqlData(server.url, CONFIGURE, { input: { name: 'auto-tagger', enabled: false } }, ws.ownerToken);
    });
  });

  describe('conversation hooks', () => {
    it('runs conversationCreated and conversationResolved, whose system message reaches subscribers', async () => {
      const { conversationId } = await startVisitorConversation(server.url, ws.widgetKey, 'hi');
      await waitUntil(async () => (await gqlData(server.url, TAGS, { id: conversationId }, ws.ownerToken)).conversation.tags.some((t: { name: string }) => t.name === 'ts-new'), 'the created hook to tag', 10_000);
      const events = subscribe<any>(client, CONVERSATION_EVENTS, { id: conversationId, afterSeq: 0 });
      await gqlData(server.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { status } } }`, { input: { conversationId, status: 'RESOLVED' } }, ws.ownerToken);
      const all = await events.waitFor(3);
      expect(all[2]!.conversationEvents).toMatchObject({ authorType: 'SYSTEM', body: 'lua says goodbye' });
      events.stop();
    });
  });

  describe('configurePlugin', () => {
    it('validates settings against the declared types', async () => {
      const wrongType = await gql(server.url, CONFIGURE, { input: { name: 'sensitive-words', settings: { extraWords: 'lemon' } } }, ws.ownerToken);
      expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrongType.errors?.[0]?.message).toMatch(/extraWords must be a list of strings/);
      const unknown = await gql(server.url, CONFIGURE, { input: { name: 'sensitive-words', settings: { colour: 'red' } } }, ws.ownerToken);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const badChoice = await gql(server.url, CONFIGURE, { input: { name: 'sensitive-words', settings: { action: 'explode' } } }, ws.ownerToken);
      expect(badChoice.errors?.[0]?.message).toMatch(/action must be one of mask, reject/);
      const missing = await gql(server.url, CONFIGURE, { input: { name: 'no-such-plugin', enabled: true } }, ws.ownerToken);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('is for admins only, and switches are per workspace', async () => {
      const agent = await createAgentFixture(server.url, ws.ownerToken, 'AGENT');
      const denied = await gql(server.url, CONFIGURE, { input: { name: 'lua-screen', enabled: false } }, agent.token);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const other = await createWorkspaceFixture(server.url, 'Other');
      expect((await pluginState(server.url, other.ownerToken, 'lua-screen')).enabled).toBe(false);
      const { conversationId, visitorToken } = await startVisitorConversation(server.url, other.widgetKey, 'hi');
      const sent = await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: 'lua: hunter2', clientMessageId: randomUUID() } }, visitorToken);
      expect(sent.sendMessage.message.body).toBe('lua: hunter2');
    });
  });
});
