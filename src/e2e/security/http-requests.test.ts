// Issue 12, finding 7: form-encoded, multipart and plain-text POSTs (which browsers send
// cross-site without a preflight) execute nothing, and request bodies are bounded by
// http.maxBodyBytes while they stream in, with a 413 and a GraphQL error that has a code, which a
// page on another origin can read.
// A request Yoga cannot read (bad JSON in GET parameters or multipart fields, an operationName
// that picks no operation, a content type no parser reads) is a BAD_REQUEST, never a logged 500;
// so is one whose Accept header names no type the endpoint answers in (406, and nothing runs).
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largestRequestBytes, loadConfig } from '../../config.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { gql, type GraphQLResponse } from '../../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const CREATE_WORKSPACE = 'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const MAX_BODY = largestRequestBytes(loadConfig().limits);
const workspaceInput = (email: string) => ({ input: { name: 'Forged', owner: { email, name: 'Forged', password: 'password-123' } } });

describe('CSRF prevention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function expectRefusedAndNotExecuted(send: (email: string) => Promise<Response>) {
    const email = `forged-${randomUUID()}@example.com`;
    const response = await send(email);
    expect(response.status).toBe(403);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_MISSING');
    // The forged createWorkspace made no account.
    const signIn = await gql(t.url, SIGN_IN, { input: { email, password: 'password-123' } });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  }

  it('refuses a form-encoded mutation', async () => {
    await expectRefusedAndNotExecuted((email) =>
      fetch(t.url, { method: 'POST', body: new URLSearchParams({ query: CREATE_WORKSPACE, variables: JSON.stringify(workspaceInput(email)) }) }),
    );
  });

  it('refuses a multipart mutation', async () => {
    await expectRefusedAndNotExecuted((email) => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: CREATE_WORKSPACE, variables: workspaceInput(email) }));
      form.set('map', '{}');
      return fetch(t.url, { method: 'POST', body: form });
    });
  });

  it('refuses a text/plain mutation', async () => {
    await expectRefusedAndNotExecuted((email) => fetch(t.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: CREATE_WORKSPACE, variables: workspaceInput(email) }) }));
  });

  it('refuses a GET without the header and answers one with it', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(403);
    const allowed = await fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lets JSON requests through without the header', async () => {
    const email = `owner-${randomUUID()}@example.com`;
    expect((await gql(t.url, CREATE_WORKSPACE, workspaceInput(email))).errors).toBeUndefined();
  });
});

describe('malformed requests', () => {
  let t: TestApp;
  const errorLines: string[] = [];
  const capture = new Writable({
    write(chunk, _encoding, done) {
      errorLines.push(...String(chunk).split('\n').filter((line) => line && (JSON.parse(line) as { level: number }).level >= 50));
      done();
    },
  });
  beforeAll(async () => {
    t = await startTestApp({ log: { destination: capture, level: 'warn' } });
  });
  afterAll(() => t.close());

  const CSRF = { 'x-graphql-yoga-csrf': '1' };
  const getQuery = (params: Record<string, string>) => fetch(`${t.url}?${new URLSearchParams({ query: '{ __typename }', ...params })}`, { headers: CSRF });
  const multipart = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return fetch(t.url, { method: 'POST', headers: CSRF, body: form });
  };
  const postJson = (body: Record<string, unknown>) => fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  async function expectRefused(response: Response, status: number, message: RegExp) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const { errors } = (await response.json()) as GraphQLResponse;
    expect(errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'BAD_REQUEST' } }]);
  }

  it.each([
    ['variables', { variables: '{bad' }, /"variables" parameter is not valid JSON/],
    ['extensions', { extensions: '{bad' }, /"extensions" parameter is not valid JSON/],
  ])('answers GET %s that are not JSON with 400 BAD_REQUEST and logs no error', async (_name, params, message) => {
    await expectRefused(await getQuery(params), 400, message);
    expect(errorLines).toEqual([]);
  });

  it('answers a multipart map that is not an object of path arrays with 400 BAD_REQUEST and logs no error', async () => {
    await expectRefused(await multipart({ operations: JSON.stringify({ query: '{ __typename }' }), map: '[1]' }), 400, /multipart request is malformed.*"map"/);
    expect(errorLines).toEqual([]);
  });

  it('answers a multipart map whose value is a path, not an array of paths, saying so', async () => {
    const fields = { operations: JSON.stringify({ query: 'mutation($f: Upload!) { __typename }', variables: { f: null } }), map: JSON.stringify({ 0: 'variables.f' }) };
    await expectRefused(await multipart(fields), 400, /multipart "map" puts a file at "v", "a".*outside "variables": send the multipart fields/);
    expect(errorLines).toEqual([]);
  });

  it.each([
    ['map', { operations: JSON.stringify({ query: '{ __typename }' }), map: '{' }],
    ['operations', { operations: '{bad' }],
  ])('answers a multipart %s field that is not JSON with 400 BAD_REQUEST saying what to send', async (field, fields) => {
    await expectRefused(await multipart(fields), 400, new RegExp(`field "${field}" must be a valid JSON string: send the multipart fields`));
  });

  it('answers an operationName that names no operation with 400 BAD_REQUEST, and runs the same query under a right name', async () => {
    const query = 'query A { __typename } query C { __typename }';
    await expectRefused(await postJson({ query, operationName: 'B' }), 400, /no operation named "B"/);
    await expectRefused(await getQuery({ query, operationName: 'B' }), 400, /no operation named "B"/);
    await expectRefused(await postJson({ query }), 400, /several operations: set operationName/);
    expect(await (await postJson({ query, operationName: 'C' })).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['text/plain (with the CSRF header)', { 'content-type': 'text/plain', ...CSRF }],
    ['application/graphql-response+json (an accept type)', { 'content-type': 'application/graphql-response+json' }],
  ])('answers a %s body with 415 and a BAD_REQUEST that names application/json', async (_name, headers) => {
    const response = await fetch(t.url, { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }) });
    await expectRefused(response, 415, /does not read content-type .*: send a POST with content-type: application\/json/);
  });

  it.each(['text/html', 'application/xml'])('answers a mutation with accept: %s with 406 and a BAD_REQUEST in JSON that names the types to accept, without running it', async (accept) => {
    const email = `not-acceptable-${randomUUID()}@example.com`;
    const response = await fetch(t.url, { method: 'POST', headers: { accept, 'content-type': 'application/json' }, body: JSON.stringify({ query: CREATE_WORKSPACE, variables: workspaceInput(email) }) });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    await expectRefused(response, 406, new RegExp(`accept: ${accept} allows none of its types: send accept: application/graphql-response\\+json or application/json`));
    const signIn = await gql(t.url, SIGN_IN, { input: { email, password: 'password-123' } });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it.each(['application/json; charset="utf-8"', 'application/json;charset="UTF-8"', 'application/json;charset=utf8', 'application/graphql-response+json; charset="utf-8", application/json; charset="utf-8"'])(
    'answers accept: %s (a quoted or unhyphenated charset) like its plain spelling',
    async (accept) => {
      const response = await fetch(t.url, { method: 'POST', headers: { accept, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    },
  );

  it.each(['Application/JSON', 'APPLICATION/JSON; charset=utf-8', 'application/json ; charset=utf-8'])('reads a body with content-type: %s (any case, space before a parameter) as JSON', async (type) => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a GET with accept: application/xml with 406 BAD_REQUEST, and a browser GET with accept: text/html still gets GraphiQL', async () => {
    const url = `${t.url}?${new URLSearchParams({ query: '{ __typename }' })}`;
    await expectRefused(await fetch(url, { headers: { accept: 'application/xml', ...CSRF } }), 406, /accept: application\/xml allows none of its types: send accept: application\/graphql-response\+json/);
    const page = await fetch(t.url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Kefu GraphiQL</title>');
  });

  it('answers in JSON whatever the accept when it refuses a request for another reason (CSRF)', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { accept: 'text/html', 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_MISSING');
  });

  it('keeps serving after them', async () => {
    expect(await (await postJson({ query: '{ __typename }' })).json()).toEqual({ data: { __typename: 'Query' } });
    expect(errorLines).toEqual([]);
  });
});

describe('request body limit (http.maxBodyBytes)', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let visitor: Awaited<ReturnType<typeof startVisitorConversation>>;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    visitor = await startVisitorConversation(t.url, ws.widgetKey);
  });
  afterAll(() => t.close());

  const port = () => Number(new URL(t.url).port);

  /** Writes `head` and then `chunks` without ending the body; resolves with the first response bytes. */
  function rawRequest(head: string, chunks: Buffer[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port(), '127.0.0.1');
      let received = '';
      socket.on('data', (d) => {
        received += d;
        if (!received.includes('\r\n\r\n') || !received.includes('}]}')) return;
        socket.destroy();
        resolve(received);
      });
      socket.once('error', reject);
      socket.write(head);
      for (const chunk of chunks) socket.write(chunk);
    });
  }

  it('refuses a declared Content-Length above the limit before reading the body', async () => {
    const response = await rawRequest(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`, []);
    expect(response).toMatch(/^HTTP\/1\.1 413/);
    expect(response).toContain('"code":"REQUEST_TOO_LARGE"');
  });

  it('lets a page on another origin read the 413, as it can read every other answer (the widget names the limit)', async () => {
    const refuse = (origin: string) => fetch(t.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: ' '.repeat(MAX_BODY + 1) });
    const refused = await refuse('https://shop.example');
    expect(refused.status).toBe(413);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(((await refused.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
    // With http.corsOrigins set, only those origins, as for every other answer.
    const listed = await startTestApp({ config: { http: { corsOrigins: ['https://shop.example'] } } });
    try {
      const other = await fetch(listed.url, { method: 'POST', headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' }, body: ' '.repeat(MAX_BODY + 1) });
      expect([other.status, other.headers.get('access-control-allow-origin')]).toEqual([413, null]);
      const shop = await fetch(listed.url, { method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'application/json' }, body: ' '.repeat(MAX_BODY + 1) });
      expect([shop.status, shop.headers.get('access-control-allow-origin')]).toEqual([413, 'https://shop.example']);
    } finally {
      await listed.close();
    }
  });

  it('states exact bytes when a declared Content-Length is just over the limit', async () => {
    const response = await rawRequest(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${MAX_BODY + 1}\r\n\r\n`, []);
    expect(response).toMatch(/^HTTP\/1\.1 413/);
    expect(response).toContain(`"The request body is ${MAX_BODY + 1} bytes; the limit is ${MAX_BODY} bytes (http.maxBodyBytes)."`);
  });

  it('reads and discards a refused body its client goes on sending, then serves the next request on the connection', async () => {
    // A client that writes its whole body before reading (Node's fetch, curl) must read the 413,
    // not fail with EPIPE because the server closed the connection under its upload.
    const bodyBytes = 20 * 1024 * 1024;
    const socket = connect(port(), '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes}\r\n\r\n`);
    await until(() => received.includes('}]}'));
    expect(received).toMatch(/^HTTP\/1\.1 413/);
    expect(received).toContain('"code":"REQUEST_TOO_LARGE"');
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    socket.on('error', () => undefined); // a reset shows as the missing answer below
    for (let sent = 0; sent < bodyBytes && !socket.destroyed; sent += chunk.length) {
      if (!socket.write(chunk)) await new Promise((r) => (socket.once('drain', r), socket.once('close', r)));
    }
    received = '';
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => received.includes('\r\n\r\n') || socket.destroyed);
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
    await closed;
  });

  it('cuts off a chunked body as soon as it passes the limit, without waiting for its end', async () => {
    const chunk = Buffer.alloc(MAX_BODY + 1, 0x20);
    const response = await rawRequest('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n', [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    expect(response).toMatch(/^HTTP\/1\.1 413/);
    expect(response).toContain('"code":"REQUEST_TOO_LARGE"');
  });

  it('admits the largest legal message (every byte JSON-escaped) and answers a larger one with MESSAGE_TOO_LARGE', async () => {
    const { messageMaxBytes } = loadConfig().limits;
    const escaped = 'é'.repeat(messageMaxBytes / 2);
    const body = JSON.stringify({ query: SEND_MESSAGE, variables: { input: { conversationId: visitor.conversationId, body: escaped, clientMessageId: randomUUID() } } }).replace(/é/g, '\\u00e9');
    expect(body.length).toBeGreaterThan(messageMaxBytes * 3);
    const legal = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${visitor.visitorToken}` }, body });
    expect(((await legal.json()) as GraphQLResponse).errors).toBeUndefined();
    const tooLong = await gql(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body: '好'.repeat(25_000), clientMessageId: randomUUID() } }, visitor.visitorToken);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('MESSAGE_TOO_LARGE');
  });

  it('states exact bytes when a message is just over the limit (4,097 emoji: 16,388 of 16,384 bytes)', async () => {
    const { messageMaxBytes } = loadConfig().limits;
    const body = '😀'.repeat(messageMaxBytes / 4 + 1);
    const result = await gql(t.url, SEND_MESSAGE, { input: { conversationId: visitor.conversationId, body, clientMessageId: randomUUID() } }, visitor.visitorToken);
    expect(result.errors?.[0]).toMatchObject({ message: `Message is ${messageMaxBytes + 4} bytes; the limit is ${messageMaxBytes} bytes.`, extensions: { code: 'MESSAGE_TOO_LARGE' } });
  });

  it('keeps serving after refusals', async () => {
    expect((await gql(t.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

// Probe finding: Yoga streamed subscriptions over HTTP (Server-Sent Events), where nothing watches
// for revoked access or token expiry, so a deactivated agent's stream kept receiving messages.
describe('subscriptions over HTTP', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t.close());

  const EVENTS = 'subscription($id: ID!) { conversationEvents(conversationId: $id) { ... on Message { seq body } } }';

  it.each(['text/event-stream', '*/*', 'application/json', 'multipart/mixed'])('are refused with BAD_REQUEST and nothing stays open (accept: %s)', async (accept) => {
    const { conversationId } = await startVisitorConversation(t.url, ws.widgetKey);
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { accept, 'content-type': 'application/json', authorization: `Bearer ${ws.ownerToken}` },
      body: JSON.stringify({ query: EVENTS, variables: { id: conversationId } }),
      // A stream that stays open fails here instead of hanging the test.
      signal: AbortSignal.timeout(5_000),
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('"code":"BAD_REQUEST"');
    expect(body).toContain('Subscribe over WebSocket');
    expect(body).not.toContain('"seq"');
  });

  it('queries still answer over an event stream', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { accept: 'text/event-stream', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }), signal: AbortSignal.timeout(5_000) });
    expect(await response.text()).toContain('{"data":{"__typename":"Query"}}');
  });
});
