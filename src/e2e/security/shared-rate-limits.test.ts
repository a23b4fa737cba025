// Issue 12, findings 4 and 6: limits were per process (2 workers let 240 sends/min through for a
// documented 120), startConversation answered RATE_LIMITED after storing the conversation, and
// sign-in had no throttle. Now every limit is counted once for all workers (the cluster primary)
// and machines (Redis), checked before anything is stored, and sign-in locks an account after
// failures in a row whatever worker answers.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { errorCodeOf, gql, gqlData, type GraphQLResponse } from '../../testing/graphql-client.ts';
import { openAckedSocket, type RawSocket } from '../../testing/raw-ws.ts';
import { describeEachStorage, describeWith, REDIS_URL } from '../../testing/services.ts';
import { spawnServer, type ServerProcess } from '../../testing/spawn-server.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }';
const SESSION = 'mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token visitor { id } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const TYPING = 'mutation($input: SetTypingInput!) { setTyping(input: $input) { isTyping } }';
const SAVE_REPLY = 'mutation($input: SaveCannedReplyInput!) { saveCannedReply(input: $input) { cannedReply { id } } }';

const codeOf = (result: GraphQLResponse) => errorCodeOf(result) ?? 'ok';

/** Sends `operation` on a raw socket and returns 'ok' or the error code of the reply. */
async function run(socket: RawSocket, query: string, variables: Record<string, unknown>): Promise<{ code: string; retryAfterSeconds?: number }> {
  const id = randomUUID();
  socket.send({ id, type: 'subscribe', payload: { query, variables } });
  const reply = await socket.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
  const error = reply.type === 'error' ? reply.payload[0] : reply.payload.errors?.[0];
  return error ? { code: error.extensions?.code, retryAfterSeconds: error.extensions?.retryAfterSeconds } : { code: 'ok' };
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

describe('kefu start --workers 2: limits shared by the workers', () => {
  const SENDS = 10;
  const FAILURES = 3;
  const OPERATIONS = 40;
  let server: ServerProcess;
  let dir: string;
  let ws: WorkspaceFixture;
  const sockets: RawSocket[] = [];

  /** One open socket on each worker (connections are spread round-robin). */
  async function socketPerWorker(token?: string): Promise<RawSocket[]> {
    const byWorker = new Map<string, RawSocket>();
    for (let attempt = 0; attempt < 40 && byWorker.size < 2; attempt++) {
      const socket = await openAckedSocket(server.wsUrl, token);
      sockets.push(socket);
      const worker = String(socket.headers['x-kefu-worker']);
      if (!byWorker.has(worker)) byWorker.set(worker, socket);
    }
    expect(byWorker.size).toBe(2);
    return [...byWorker.values()];
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kefu-limits-'));
    server = await spawnServer(
      {
        KEFU_DATA_DIR: dir,
        KEFU_AUTH_SECRET: 'limits-secret-limits-secret-limits-secret',
        KEFU_LIMITS_SENDS_PER_MINUTE: String(SENDS),
        KEFU_LIMITS_SIGN_IN_FAILURES_PER_ACCOUNT: String(FAILURES),
        KEFU_LIMITS_OPERATIONS_PER_MINUTE: String(OPERATIONS),
      },
      ['--workers', '2'],
    );
    ws = await createWorkspaceFixture(server.url);
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    expect(await server.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`accepts exactly ${SENDS} of ${SENDS + 6} sends by one caller spread over both workers`, async () => {
    const { conversationId } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    const [a, b] = await socketPerWorker(ws.ownerToken);
    const results = [];
    for (let i = 0; i < SENDS + 6; i++) {
      const socket = i % 2 === 0 ? a! : b!;
      results.push(await run(socket, SEND_MESSAGE, { input: { conversationId, body: `#${i}`, clientMessageId: randomUUID() } }));
    }
    expect(tally(results.map((r) => r.code))).toEqual({ ok: SENDS, RATE_LIMITED: 6 });
    const limited = results.find((r) => r.code === 'RATE_LIMITED')!;
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it(`locks an account after ${FAILURES} failed sign-ins in a row on either worker; a success in between resets the count`, async () => {
    const email = `agent-${randomUUID()}@example.com`;
    await gqlData(server.url, 'mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }', { input: { email, name: 'A', password: 'password-123' } }, ws.ownerToken);
    const [a, b] = await socketPerWorker();
    const attempt = (socket: RawSocket, password: string) => run(socket, SIGN_IN, { input: { email, password } });
    const codes = [];
    codes.push((await attempt(a!, 'wrong-1')).code, (await attempt(b!, 'wrong-2')).code);
    codes.push((await attempt(a!, 'password-123')).code);
    codes.push((await attempt(b!, 'wrong-3')).code, (await attempt(a!, 'wrong-4')).code, (await attempt(b!, 'wrong-5')).code);
    const locked = await attempt(a!, 'password-123');
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ok', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(60);
    // The lock is per account: an unknown email is throttled the same way (no account oracle), another account is not.
    expect((await attempt(b!, 'password-123')).code).toBe('RATE_LIMITED');
    expect(codeOf(await gql(server.url, SIGN_IN, { input: { email: `nobody-${randomUUID()}@example.com`, password: 'x' } }))).toBe('INVALID_CREDENTIALS');
  });

  it(`accepts exactly ${OPERATIONS} operations per minute of one caller spread over both workers`, async () => {
    const { visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    const [a, b] = await socketPerWorker(visitorToken);
    const codes = [];
    for (let i = 0; i < OPERATIONS + 4; i++) codes.push((await run(i % 2 === 0 ? a! : b!, '{ viewer { __typename } }', {})).code);
    // Its startConversation was the first.
    expect(tally(codes)).toEqual({ ok: OPERATIONS - 1, RATE_LIMITED: 5 });
  });

  it('keeps accepting sends on open sockets while the primary, which holds the counters, is stopped', async () => {
    const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'hello');
    const workerSockets = await socketPerWorker(visitorToken);
    const primary = server.child.pid!;
    process.kill(primary, 'SIGSTOP');
    let codes: string[];
    try {
      codes = await Promise.all(workerSockets.map(async (socket, i) => (await run(socket, SEND_MESSAGE, { input: { conversationId, body: `while stopped #${i}`, clientMessageId: randomUUID() } })).code));
    } finally {
      process.kill(primary, 'SIGCONT');
    }
    // Counted by each worker on its own meanwhile (the limit is per process until the primary answers again).
    expect(codes).toEqual(['ok', 'ok']);
  });
});

describeWith('redis', 'two instances on one Redis', () => {
  const SENDS = 5;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const config = { redis: { url: REDIS_URL, keyPrefix: `kefu-test-${randomUUID()}:` }, limits: { sendsPerMinute: SENDS } };
    a = await startTestApp({ config });
    b = await startTestApp({ config, databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it(`accepts exactly ${SENDS} of ${SENDS + 4} sends by one caller spread over both instances`, async () => {
    expect(a.app.deps.limiter.kind).toBe('redis');
    const ws = await createWorkspaceFixture(a.url);
    const { conversationId } = await startVisitorConversation(a.url, ws.widgetKey, 'hello');
    const codes = [];
    for (let i = 0; i < SENDS + 4; i++) {
      const url = i % 2 === 0 ? a.url : b.url;
      codes.push(codeOf(await gql(url, SEND_MESSAGE, { input: { conversationId, body: `#${i}`, clientMessageId: randomUUID() } }, ws.ownerToken)));
    }
    expect(tally(codes)).toEqual({ ok: SENDS, RATE_LIMITED: 4 });
  });
});

describeEachStorage('limits are checked before anything is stored', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { limits: { conversationsPerMinute: 2, sendsPerMinute: 3, typingPerMinute: 2, createsPerMinute: 2 } } });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t.close());

  const newVisitor = async () => (await gqlData(t.url, SESSION, { input: { widgetKey: ws.widgetKey } })).startVisitorSession as { token: string; visitor: { id: string } };
  const conversationsOf = (visitorId: string) => t.app.deps.db.conversation.count({ where: { visitorId } });

  it('startConversation over the conversations limit answers RATE_LIMITED and stores no conversation (with or without a first message)', async () => {
    const visitor = await newVisitor();
    const first = await gql(t.url, START, { input: { forceNew: true } }, visitor.token);
    const second = await gql(t.url, START, { input: { forceNew: true, firstMessage: { body: 'hi', clientMessageId: randomUUID() } } }, visitor.token);
    const third = await gql(t.url, START, { input: { forceNew: true, firstMessage: { body: 'hi again', clientMessageId: randomUUID() } } }, visitor.token);
    const fourth = await gql(t.url, START, { input: { forceNew: true } }, visitor.token);
    // Getting back the open conversation creates nothing and stays possible.
    const reopened = await gql(t.url, START, { input: {} }, visitor.token);
    expect([first, second, third, fourth, reopened].map(codeOf)).toEqual(['ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED', 'ok']);
    expect(third.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: expect.any(Number), retryAfterMs: expect.any(Number) });
    expect(await conversationsOf(visitor.visitor.id)).toBe(2);
    expect(await t.app.deps.db.message.count({ where: { authorVisitorId: visitor.visitor.id } })).toBe(1);
  });

  it('startConversation with a first message over the sends limit stores no conversation', async () => {
    const visitor = await newVisitor();
    const started = await gqlData(t.url, START, { input: { firstMessage: { body: 'one', clientMessageId: randomUUID() } } }, visitor.token);
    const conversationId = started.startConversation.conversation.id;
    for (const body of ['two', 'three']) await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID() } }, visitor.token);
    const over = await gql(t.url, START, { input: { forceNew: true, firstMessage: { body: 'four', clientMessageId: randomUUID() } } }, visitor.token);
    expect(codeOf(over)).toBe('RATE_LIMITED');
    expect(over.errors![0]!.message).toContain('messages');
    expect(await conversationsOf(visitor.visitor.id)).toBe(1);
  });

  it('limits setTyping and other creating mutations (saveCannedReply) per caller', async () => {
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, 'hello');
    const typing = [];
    for (let i = 0; i < 3; i++) typing.push(codeOf(await gql(t.url, TYPING, { input: { conversationId, isTyping: true } }, visitorToken)));
    expect(typing).toEqual(['ok', 'ok', 'RATE_LIMITED']);
    const saves = [];
    for (let i = 0; i < 3; i++) saves.push(codeOf(await gql(t.url, SAVE_REPLY, { input: { shortcut: `r${i}`, body: 'Thanks!' } }, ws.ownerToken)));
    expect(saves).toEqual(['ok', 'ok', 'RATE_LIMITED']);
    expect(await t.app.deps.db.cannedReply.count({ where: { workspaceId: ws.workspaceId } })).toBe(2);
  });
});

describe('the client address of per-address limits', () => {
  const post = (url: string, query: string, variables: Record<string, unknown>, forwardedFor: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<GraphQLResponse>);
  const signIns = async (url: string, forwardedFor: string, count: number) => {
    const codes = [];
    for (let i = 0; i < count; i++) codes.push(codeOf(await post(url, SIGN_IN, { input: { email: `x-${randomUUID()}@example.com`, password: 'wrong' } }, forwardedFor)));
    return codes;
  };

  it('with http.trustProxy 1 counts per X-Forwarded-For client (the entry the proxy added), not per proxy', async () => {
    const t = await startTestApp({ config: { http: { trustProxy: 1 }, limits: { signInsPerMinutePerIp: 2 } } });
    try {
      expect(await signIns(t.url, 'spoofed, 203.0.113.1', 3)).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'RATE_LIMITED']);
      expect(await signIns(t.url, 'spoofed, 203.0.113.2', 1)).toEqual(['INVALID_CREDENTIALS']);
    } finally {
      await t.close();
    }
  });

  it('without trustProxy ignores X-Forwarded-For and counts the socket address', async () => {
    const t = await startTestApp({ config: { limits: { signInsPerMinutePerIp: 2, visitorSessionsPerMinute: 2 } } });
    try {
      expect(await signIns(t.url, '203.0.113.1', 2)).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
      expect(await signIns(t.url, '203.0.113.2', 1)).toEqual(['RATE_LIMITED']);
      const ws = await createWorkspaceFixture(t.url);
      const sessions = [];
      for (let i = 0; i < 3; i++) sessions.push(codeOf(await post(t.url, SESSION, { input: { widgetKey: ws.widgetKey } }, `198.51.100.${i}`)));
      expect(sessions).toEqual(['ok', 'ok', 'RATE_LIMITED']);
    } finally {
      await t.close();
    }
  });
});

describe('limits.operationsPerMinute: every operation of a caller, on HTTP and WebSocket together', () => {
  const OPERATIONS = 6;
  const VIEWER = '{ viewer { __typename } }';
  const EVENTS = 'subscription($id: ID!) { conversationEvents(conversationId: $id) { __typename } }';
  let t: TestApp;
  let ws: WorkspaceFixture;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp({ config: { limits: { operationsPerMinute: OPERATIONS } } });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });
  const socketOf = async (token?: string) => {
    const socket = await openAckedSocket(t.wsUrl, token);
    sockets.push(socket);
    return socket;
  };

  it('counts queries over HTTP and subscriptions and queries over a WebSocket against one budget; the socket stays open', async () => {
    // startVisitorConversation runs two operations: a session (counted for the address) and startConversation (the visitor's first).
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, 'hello');
    const http = [];
    for (let i = 0; i < 3; i++) http.push(codeOf(await gql(t.url, VIEWER, {}, visitorToken)));
    expect(http).toEqual(['ok', 'ok', 'ok']);
    const socket = await socketOf(visitorToken);
    // A shared subscription runs outside Yoga's envelop; a query through it: each counts once.
    const id = randomUUID();
    socket.send({ id, type: 'subscribe', payload: { query: EVENTS, variables: { id: conversationId } } });
    expect((await run(socket, VIEWER, {})).code).toBe('ok');
    const over = await run(socket, VIEWER, {});
    expect(over.code).toBe('RATE_LIMITED');
    expect(over.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(codeOf(await gql(t.url, VIEWER, {}, visitorToken))).toBe('RATE_LIMITED');
    await socket.roundTrip();
    expect(socket.isOpen()).toBe(true);
    // Another caller has a budget of its own.
    expect(codeOf(await gql(t.url, VIEWER, {}, ws.ownerToken))).toBe('ok');
  });

  it('counts operations before sign-in per client address, so a new visitor session does not reset them', async () => {
    const anonymous = await socketOf();
    const codes = [];
    for (let i = 0; i < OPERATIONS + 2; i++) codes.push((await run(anonymous, VIEWER, {})).code);
    // The address already spent some of its budget on the sessions and the workspace above.
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes.filter((c) => c === 'ok').length).toBeLessThan(OPERATIONS);
    expect(codeOf(await gql(t.url, SESSION, { input: { widgetKey: ws.widgetKey } }))).toBe('RATE_LIMITED');
  });
});
