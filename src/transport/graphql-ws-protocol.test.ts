// graphql-transport-ws conformance: checks 1–11 follow graphql-ws's PROTOCOL.md
// (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md), then Kefu's platform checks: errors that keep the socket open, limits and
// introspection policy on WebSocket, Origin allow-list, token expiry, per-connection send limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../auth/tokens.ts';
import { createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { openAckedSocket, openRawSocket } from '../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const SECRET = 'test-secret-test-secret-test-secret-42';
const CONVERSATION = 'subscription($id: ID!) { conversationEvents(conversationId: $id) { __typename } }';

describe('graphql-ws protocol (PROTOCOL.md)', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversationId: string;
  let visitorId: string;
  beforeAll(async () => {
    t = await startTestApp({
      config: {
        http: { introspection: false, corsOrigins: ['https://shop.example'] },
        realtime: { connectionInitTimeoutMs: 400 },
        limits: { sendsPerMinute: 3, wsMaxOperations: 3 },
      },
    });
    ws = await createWorkspaceFixture(t.url);
    ({ conversationId, visitorId } = await startVisitorConversation(t.url, ws.widgetKey));
  });
  afterAll(() => t.close());

  it('1: acknowledges connection_init', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.close();
  });

  it('2: closes with 4408 when connection_init never comes', async () => {
    const socket = await openRawSocket(t.wsUrl);
    expect(await socket.closed).toBe(4408);
  });

  it('3: closes with 4429 on a second connection_init', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ type: 'connection_init' });
    expect(await socket.closed).toBe(4429);
  });

  it('4: closes with 4401 on subscribe before the ack', async () => {
    const socket = await openRawSocket(t.wsUrl);
    socket.send({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await socket.closed).toBe(4401);
  });

  it('5: closes with 4400 on an invalid message', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ type: 'bogus' });
    expect(await socket.closed).toBe(4400);
  });

  it('5: closes with 4400 on a message only a server sends', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ id: 'n', type: 'next', payload: { data: {} } });
    expect(await socket.closed).toBe(4400);
  });

  it('5: closes with 4400 on a frame that is not JSON', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.ws.send('{"type":"subscribe",');
    expect(await socket.closed).toBe(4400);
  });

  it('6: closes with 4403 on a bad token in connection_init', async () => {
    const socket = await openRawSocket(t.wsUrl);
    socket.send({ type: 'connection_init', payload: { authorization: 'Bearer kefu1.bad.token' } });
    expect(await socket.closed).toBe(4403);
  });

  it('6: closes with 4403, not 4500, on a token that is not a string', async () => {
    for (const authorization of [{ toString: 1 }, ['Bearer x'], 5]) {
      const socket = await openRawSocket(t.wsUrl);
      socket.send({ type: 'connection_init', payload: { authorization } });
      expect(await socket.closed).toBe(4403);
    }
  });

  it('7: answers ping with a pong echoing the payload', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ type: 'ping', payload: { t: 1 } });
    expect((await socket.next('pong')).payload).toEqual({ t: 1 });
    socket.close();
  });

  it('8: answers a query with next then complete', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect((await socket.next('next')).payload).toEqual({ data: { __typename: 'Query' } });
    expect((await socket.next('complete')).id).toBe('q');
    socket.close();
  });

  it('9: answers a validation error with an error array, no complete, and keeps the socket', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ id: 'e', type: 'subscribe', payload: { query: '{ nope_not_a_field }' } });
    const error = await socket.next('error');
    expect(Array.isArray(error.payload)).toBe(true);
    await socket.roundTrip();
    socket.send({ id: 'after', type: 'subscribe', payload: { query: '{ __typename }' } });
    await socket.next((m) => m.type === 'complete' && m.id === 'after');
    expect(socket.isOpen()).toBe(true);
    socket.close();
  });

  it('10: closes with 4409 when an active id is subscribed again', async () => {
    const socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    socket.send({ id: 'dup', type: 'subscribe', payload: { query: CONVERSATION, variables: { id: conversationId } } });
    socket.send({ id: 'dup', type: 'subscribe', payload: { query: CONVERSATION, variables: { id: conversationId } } });
    expect(await socket.closed).toBe(4409);
  });

  it('runs several subscriptions on one socket: completing one stops only it, and closing the socket releases the others', async () => {
    const conversations = [conversationId, ...(await Promise.all([1, 2].map(async () => (await startVisitorConversation(t.url, ws.widgetKey)).conversationId)))];
    const topicsBefore = t.app.deps.fanOut.topicCount();
    const socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    for (const [i, id] of conversations.entries()) {
      socket.send({ id: `c${i}`, type: 'subscribe', payload: { query: `subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { seq } } }`, variables: { id } } });
      await socket.next((m) => m.id === `c${i}` && m.type === 'next');
    }
    expect(t.app.deps.fanOut.topicCount()).toBe(topicsBefore + 3);
    socket.send({ id: 'c1', type: 'complete' });
    await socket.roundTrip();
    expect(t.app.deps.fanOut.topicCount()).toBe(topicsBefore + 2);
    // The id is free again, and the others still run.
    socket.send({ id: 'c1', type: 'subscribe', payload: { query: '{ __typename }' } });
    await socket.next((m) => m.id === 'c1' && m.type === 'complete');
    expect(socket.isOpen()).toBe(true);
    socket.close();
    await expect.poll(() => t.app.deps.fanOut.topicCount()).toBe(topicsBefore);
  });

  it('answers an operation beyond limits.wsMaxOperations at once with TOO_MANY_OPERATIONS, keeps the socket, and takes one again once another ends', async () => {
    const socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    for (const id of ['a', 'b', 'c']) {
      socket.send({ id, type: 'subscribe', payload: { query: `subscription($id: ID!) { conversationEvents(conversationId: $id, afterSeq: 0) { ... on Message { seq } } }`, variables: { id: conversationId } } });
      await socket.next((m) => m.id === id && m.type === 'next');
    }
    socket.send({ id: 'd', type: 'subscribe', payload: { query: CONVERSATION, variables: { id: conversationId } } });
    const refused = await socket.next((m) => m.id === 'd');
    expect(refused.type).toBe('error');
    expect(refused.payload[0].extensions).toEqual({ code: 'TOO_MANY_OPERATIONS', maxOperations: 3 });
    // A query counts while it runs too.
    socket.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect((await socket.next((m) => m.id === 'q')).payload[0].extensions.code).toBe('TOO_MANY_OPERATIONS');
    socket.send({ id: 'b', type: 'complete' });
    socket.send({ id: 'd', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect((await socket.next((m) => m.id === 'd')).type).toBe('next');
    await socket.next((m) => m.id === 'd' && m.type === 'complete');
    expect(socket.isOpen()).toBe(true);
    socket.close();
  });

  it('answers a subscription whose variables do not coerce with BAD_USER_INPUT and keeps the socket', async () => {
    const socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    socket.send({ id: 'v', type: 'subscribe', payload: { query: CONVERSATION, variables: { id: { not: 'an id' } } } });
    const reply = await socket.next((m) => m.id === 'v' && (m.type === 'next' || m.type === 'error'));
    const errors = reply.type === 'next' ? reply.payload.errors : reply.payload;
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await socket.roundTrip();
    socket.close();
  });

  it('answers an operationName that names no operation with BAD_REQUEST and keeps the socket', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    const query = 'query A { __typename } query C { __typename }';
    socket.send({ id: 'b', type: 'subscribe', payload: { query, operationName: 'B' } });
    const refused = await socket.next((m) => m.id === 'b');
    expect(refused).toMatchObject({ type: 'error', payload: [{ message: expect.stringContaining('no operation named "B"'), extensions: { code: 'BAD_REQUEST' } }] });
    socket.send({ id: 'none', type: 'subscribe', payload: { query } });
    expect((await socket.next((m) => m.id === 'none')).payload[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    socket.send({ id: 'c', type: 'subscribe', payload: { query, operationName: 'C' } });
    expect((await socket.next((m) => m.id === 'c')).payload).toEqual({ data: { __typename: 'Query' } });
    await socket.roundTrip();
    socket.close();
  });

  it('11: refuses the legacy graphql-ws sub-protocol at the handshake', async () => {
    await expect(openRawSocket(t.wsUrl, { protocol: 'graphql-ws' })).rejects.toThrow(/subprotocol/i);
  });

  it('12: answers a syntax error with an error message and keeps the socket and its other subscriptions', async () => {
    const socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    socket.send({ id: 'live', type: 'subscribe', payload: { query: CONVERSATION, variables: { id: conversationId } } });
    socket.send({ id: 's', type: 'subscribe', payload: { query: '{' } });
    expect((await socket.next('error')).payload[0].message).toMatch(/Syntax Error/);
    await socket.roundTrip();
    socket.send({ id: 'live', type: 'complete' });
    socket.send({ id: 'live', type: 'subscribe', payload: { query: CONVERSATION, variables: { id: conversationId } } });
    await socket.roundTrip();
    expect(socket.isOpen()).toBe(true);
    socket.close();
  });

  it('labels a syntax error GRAPHQL_PARSE_FAILED on a socket that never used HTTP', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    // A text no other test sends, so no earlier HTTP request can have labelled its cached parse error.
    socket.send({ id: 'p', type: 'subscribe', payload: { query: `{ onlyOnTheSocket${Date.now()} {` } });
    expect((await socket.next('error')).payload[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    await socket.roundTrip();
    socket.close();
  });

  it('13: applies the alias limit on WebSocket with an error and keeps the socket', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { __typename }`).join(' ');
    socket.send({ id: 'a', type: 'subscribe', payload: { query: `{ ${aliases} }` } });
    expect(JSON.stringify((await socket.next('error')).payload)).toMatch(/aliases/i);
    await socket.roundTrip();
    socket.close();
  });

  it('14: refuses introspection on WebSocket when http.introspection is off', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send({ id: 'i', type: 'subscribe', payload: { query: '{ __schema { queryType { name } } }' } });
    expect(JSON.stringify((await socket.next('error')).payload)).toMatch(/introspection/i);
    await socket.roundTrip();
    socket.close();
  });

  it('refuses a handshake from an Origin outside http.corsOrigins, and accepts a listed one', async () => {
    await expect(openRawSocket(t.wsUrl, { headers: { origin: 'https://evil.example' } })).rejects.toThrow(/403/);
    const allowed = await openAckedSocket(t.wsUrl, undefined, { headers: { origin: 'https://shop.example' } });
    allowed.close();
  });

  it('closes with 4403 when the connection token expires', async () => {
    const token = issueToken(SECRET, { kind: 'v', sub: visitorId, ws: ws.workspaceId }, 2);
    const socket = await openAckedSocket(t.wsUrl, token);
    expect(await socket.closed).toBe(4403);
  });

  it('limits mutations per connection with an error and keeps the socket', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      socket.send({ id: `m${i}`, type: 'subscribe', payload: { query: 'mutation { __typename }' } });
      const reply = await socket.next((m) => m.id === `m${i}` && (m.type === 'next' || m.type === 'error'));
      codes.push(reply.type === 'error' ? reply.payload[0].extensions.code : 'ok');
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    await socket.roundTrip();
    socket.close();
  });
});
