// Issue 12, finding 5: strings the stores cannot hold (a lone UTF-16 surrogate; NUL) and page
// arguments no connection can serve were INTERNAL_SERVER_ERRORs that logged ~100 KB each. Now
// every text input and filter, over HTTP and WebSocket, answers BAD_USER_INPUT naming the
// argument, stores nothing and logs nothing; an unexpected error logs a bounded line.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { GraphQLError } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maskUnexpectedError } from '../../graphql/mask-error.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { gql, gqlData } from '../../testing/graphql-client.ts';
import { openAckedSocket } from '../../testing/raw-ws.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const LONE_SURROGATE = 'abc\uD800def';
const NUL = 'abc\u0000def';
const CREATE_WORKSPACE = 'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token } }';
const START_SESSION = 'mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token } }';
const CONVERSATIONS_BY_TAG = 'query($tag: String) { conversations(filter: { tag: $tag }) { edges { node { id } } } }';
const SEARCH = 'query($q: String!) { searchMessages(query: $q) { id } }';

describeEachStorage('input boundary', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversation: { visitorToken: string; conversationId: string };
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk, _encoding, done) {
      // Access-log lines (one per request) are not what these tests look for.
      lines.push(...String(chunk).split('\n').filter((line) => line && !line.includes('"kind":"access"')));
      done();
    },
  });

  beforeAll(async () => {
    t = await startTestApp({ provider, log: { destination: capture, level: 'info' } });
    ws = await createWorkspaceFixture(t.url);
    conversation = await startVisitorConversation(t.url, ws.widgetKey, 'hello');
  });
  afterAll(() => t.close());

  const storedCounts = async () => ({
    workspaces: await t.app.deps.db.workspace.count(),
    visitors: await t.app.deps.db.visitor.count(),
    messages: await t.app.deps.db.message.count({ where: { conversationId: conversation.conversationId } }),
  });

  it.each([
    ['lone surrogate', LONE_SURROGATE, 'lone UTF-16 surrogate'],
    ['NUL', NUL, 'NUL character'],
  ])('refuses a %s in a name, a message, a filter and a search over HTTP with BAD_USER_INPUT naming the argument, storing and logging nothing', async (_name, bad, reason) => {
    const before = await storedCounts();
    const linesBefore = lines.length;
    const cases = [
      { path: 'createWorkspace.input.name', result: await gql(t.url, CREATE_WORKSPACE, { input: { name: bad, owner: { email: `o-${randomUUID()}@example.com`, name: 'O', password: 'password-123' } } }) },
      { path: 'createWorkspace.input.owner.name', result: await gql(t.url, CREATE_WORKSPACE, { input: { name: 'Fine', owner: { email: `o-${randomUUID()}@example.com`, name: bad, password: 'password-123' } } }) },
      { path: 'startVisitorSession.input.name', result: await gql(t.url, START_SESSION, { input: { widgetKey: ws.widgetKey, name: bad } }) },
      { path: 'startVisitorSession.input.metadata.plan', result: await gql(t.url, START_SESSION, { input: { widgetKey: ws.widgetKey, metadata: { plan: bad } } }) },
      { path: 'sendMessage.input.body', result: await gql(t.url, SEND_MESSAGE, { input: { conversationId: conversation.conversationId, body: bad, clientMessageId: randomUUID() } }, conversation.visitorToken) },
      { path: 'conversations.filter.tag', result: await gql(t.url, CONVERSATIONS_BY_TAG, { tag: bad }, ws.ownerToken) },
      { path: 'searchMessages.query', result: await gql(t.url, SEARCH, { q: bad }, ws.ownerToken) },
      { path: 'conversation.id', result: await gql(t.url, 'query($id: ID!) { conversation(id: $id) { id } }', { id: bad }, ws.ownerToken) },
    ];
    for (const { path, result } of cases) {
      expect(result.data ?? null, path).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code), path).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.issues, path).toEqual([{ path, message: expect.stringContaining(reason) }]);
    }
    expect(await storedCounts()).toEqual(before);
    expect(lines.slice(linesBefore)).toEqual([]);
  });

  it('refuses a NUL written as an escape in an inline literal (the GraphQL lexer accepts \\u0000)', async () => {
    const result = await gql(t.url, 'query { conversations(filter: { tag: "a\\u0000" }) { edges { node { id } } } }', undefined, ws.ownerToken);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'conversations.filter.tag' }] });
  });

  it('names a bad JSON key escaped, so the error itself is printable', async () => {
    const result = await gql(t.url, START_SESSION, { input: { widgetKey: ws.widgetKey, metadata: { 'k\u0000': 'v' } } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'startVisitorSession.input.metadata["k\\u0000"]' }] });
  });

  it('refuses them over WebSocket too: a mutation, a query and a shared subscription each get an error message', async () => {
    const before = await storedCounts();
    const socket = await openAckedSocket(t.wsUrl, conversation.visitorToken);
    const operations = {
      send: { query: SEND_MESSAGE, variables: { input: { conversationId: conversation.conversationId, body: LONE_SURROGATE, clientMessageId: randomUUID() } } },
      sendNul: { query: SEND_MESSAGE, variables: { input: { conversationId: conversation.conversationId, body: NUL, clientMessageId: randomUUID() } } },
      events: { query: 'subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { __typename } }', variables: { id: NUL } },
      page: { query: 'query { conversations(first: -1) { edges { node { id } } } }' },
    };
    for (const [id, payload] of Object.entries(operations)) {
      socket.send({ id, type: 'subscribe', payload });
      const reply = await socket.next((m) => m.id === id);
      expect(reply.type, id).toBe('error');
      expect(reply.payload.map((e: any) => e.extensions.code), id).toEqual(['BAD_USER_INPUT']);
    }
    await socket.roundTrip();
    socket.close();
    expect(await storedCounts()).toEqual(before);
  });

  it.each([
    ['first: -1', 'conversations(first: -1)', 'conversations.first', 'between 0 and 100'],
    ['last: -1', 'agents(last: -1)', 'agents.last', 'between 0 and 100'],
    ['first: 101', 'visitors(first: 101)', 'visitors.first', 'between 0 and 100'],
    ['first: 100000 (reported before the cost limit)', 'conversations(first: 100000)', 'conversations.first', 'between 0 and 100'],
    ['a garbage cursor', 'apiKeys(after: "garbage!!")', 'apiKeys.after', 'not a cursor'],
    ['a base64 cursor of something else', `knowledgeEntries(before: "${Buffer.from('GPC:S:\u0000').toString('base64')}")`, 'knowledgeEntries.before', 'not a cursor'],
  ])('answers %s on a connection with BAD_USER_INPUT', async (_name, field, path, message) => {
    const result = await gql(t.url, `query { ${field} { edges { node { id } } } }`, undefined, ws.ownerToken);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ path, message: expect.stringContaining(message) }] });
    const asVariable = await gql(t.url, `query($n: Int) { conversations(first: $n) { edges { node { id } } } }`, { n: 100_000 }, ws.ownerToken);
    expect(asVariable.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('checks page arguments given as variables and on nested connections', async () => {
    const query = 'query($id: ID!, $n: Int, $after: String) { conversation(id: $id) { messages(first: $n, after: $after) { edges { node { id } } } } }';
    const negative = await gql(t.url, query, { id: conversation.conversationId, n: -1 }, ws.ownerToken);
    expect(negative.errors?.[0]?.extensions?.issues).toEqual([{ path: 'conversation.messages.first', message: expect.stringContaining('got -1') }]);
    const garbage = await gql(t.url, query, { id: conversation.conversationId, after: 'zz' }, ws.ownerToken);
    expect(garbage.errors?.[0]?.extensions?.issues).toEqual([{ path: 'conversation.messages.after', message: expect.stringContaining('not a cursor') }]);
    const byDefault = await gql(t.url, 'query($n: Int = -1) { visitors(first: $n) { edges { node { id } } } }', {}, ws.ownerToken);
    expect(byDefault.errors?.[0]?.extensions?.issues).toEqual([{ path: 'visitors.first', message: expect.stringContaining('got -1') }]);
    // A real cursor still pages.
    const paged = 'query($id: ID!, $after: String) { conversation(id: $id) { messages(first: 1, after: $after) { pageInfo { endCursor } } } }';
    const first = await gqlData(t.url, paged, { id: conversation.conversationId }, ws.ownerToken);
    const cursor = first.conversation.messages.pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));
    expect((await gql(t.url, paged, { id: conversation.conversationId, after: cursor }, ws.ownerToken)).errors).toBeUndefined();
  });

  it('keeps other text as sent: tabs, newlines, emoji and other control characters are stored unchanged', async () => {
    const body = 'line 1\n\tline 2 😀 \u000b pasted from Word \u001f';
    const result = await gql(t.url, SEND_MESSAGE, { input: { conversationId: conversation.conversationId, body, clientMessageId: randomUUID() } }, conversation.visitorToken);
    expect(result.data?.sendMessage.message.body).toBe(body);
  });

  it('logs an unexpected storage error in one bounded line (not the ~100 KB Prisma message)', async () => {
    const failure = await t.app.deps.db.workspace.create({ data: { name: LONE_SURROGATE, widgetKey: randomUUID() } }).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure!.message.length).toBeGreaterThan(10_000);
    const linesBefore = lines.length;
    const masked = maskUnexpectedError(failure, t.app.deps.log) as GraphQLError;
    await new Promise<void>((resolve) => setImmediate(resolve));
    const logged = lines.slice(linesBefore);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.length).toBeLessThan(4_000);
    expect(JSON.parse(logged[0]!)).toMatchObject({ msg: 'unexpected error', requestId: masked.extensions.requestId, err: { message: expect.stringContaining('chars cut') } });
  });
});
