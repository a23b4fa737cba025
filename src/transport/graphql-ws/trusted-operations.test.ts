// Trusted documents on the socket skip the per-operation envelop but keep what it enforces:
// parse and validation limits (answered every time), the input boundary, request-error codes,
// the per-connection mutation limit, the resolvers' access rules, and the operation metrics.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../graphql/trusted-documents.ts';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { openAckedSocket, type RawSocket } from '../../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const TOO_MANY_ALIASES = `query Aliases { ${Array.from({ length: 20 }, (_, i) => `a${i}: viewer { kind }`).join(' ')} }`;
const VIEWER = 'query Viewer { viewer { kind workspaceId } }';
const DOCUMENTS = [SEND_MESSAGE, TOO_MANY_ALIASES, VIEWER];

function writeManifest(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kefu-manifest-')), 'manifest.json');
  writeFileSync(path, JSON.stringify(Object.fromEntries(DOCUMENTS.map((text) => [sha256Hex(text), text]))));
  return path;
}

async function reply(socket: RawSocket, id: string, payload: Record<string, unknown>) {
  socket.send({ id, type: 'subscribe', payload });
  return socket.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
}

async function requestCount(t: TestApp, operationName: string): Promise<number> {
  const metric = await t.app.deps.metrics.registry.getSingleMetric('graphql_envelop_request_duration')!.get();
  return metric.values.find((v) => (v as { metricName?: string }).metricName?.endsWith('_count') && v.labels.operationName === operationName)?.value ?? 0;
}

describe('trusted documents on the socket', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversationId: string;
  let visitorToken: string;
  beforeAll(async () => {
    t = await startTestApp({ config: { graphql: { trustedDocuments: writeManifest() }, limits: { sendsPerMinute: 4 } } });
    ws = await createWorkspaceFixture(t.url);
    ({ conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey));
  });
  afterAll(() => t.close());

  it('runs a trusted mutation sent by hash or by text, with the same answer shape and the operation metric', async () => {
    const socket = await openAckedSocket(t.wsUrl, visitorToken);
    const before = await requestCount(t, 'Viewer');
    const byText = await reply(socket, 'v1', { query: VIEWER });
    const byHash = await reply(socket, 'v2', { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(VIEWER) } } });
    expect(byText.payload).toEqual({ data: { viewer: { kind: 'VISITOR', workspaceId: ws.workspaceId } } });
    expect(byHash.payload).toEqual(byText.payload);
    expect((await socket.next((m) => m.id === 'v2' && m.type === 'complete')).id).toBe('v2');
    expect((await requestCount(t, 'Viewer')) - before).toBe(2);

    const sent = await reply(socket, 'm1', { query: SEND_MESSAGE, variables: { input: { conversationId, body: 'by the trusted path', clientMessageId: randomUUID() } } });
    expect(sent.payload.data.sendMessage).toMatchObject({ isDuplicate: false, message: { body: 'by the trusted path', internal: false } });
    socket.close();
  });

  it('answers a trusted document over a validation limit with QUERY_TOO_COMPLEX each time, and keeps the socket', async () => {
    const socket = await openAckedSocket(t.wsUrl, visitorToken);
    for (const id of ['a1', 'a2']) {
      const answer = await reply(socket, id, { query: TOO_MANY_ALIASES });
      expect(answer.type).toBe('error');
      expect(answer.payload[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
    await socket.roundTrip();
    socket.close();
  });

  it('refuses unstorable input and uncoercible variables with BAD_USER_INPUT', async () => {
    const socket = await openAckedSocket(t.wsUrl, visitorToken);
    const nul = await reply(socket, 'n', { query: SEND_MESSAGE, variables: { input: { conversationId, body: 'a\u0000b', clientMessageId: randomUUID() } } });
    expect(nul.payload[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await reply(socket, 'x', { query: SEND_MESSAGE, variables: { input: { conversationId } } });
    expect(missing.payload.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    socket.close();
  });

  it("keeps the resolvers' access rules: a visitor cannot send to another visitor's conversation", async () => {
    const other = await startVisitorConversation(t.url, ws.widgetKey);
    const socket = await openAckedSocket(t.wsUrl, other.visitorToken);
    const answer = await reply(socket, 'o', { query: SEND_MESSAGE, variables: { input: { conversationId, body: 'not mine', clientMessageId: randomUUID() } } });
    expect(answer.payload.data).toBeNull();
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(answer.payload.errors[0].extensions.code);
    socket.close();
  });

  it('limits trusted mutations per connection', async () => {
    const socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await reply(socket, `r${i}`, { query: SEND_MESSAGE, variables: { input: { conversationId, body: `n${i}`, clientMessageId: randomUUID() } } });
      codes.push(answer.type === 'error' ? answer.payload[0].extensions.code : (answer.payload.errors?.[0]?.extensions.code ?? 'ok'));
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes[0]).toBe('ok');
    await socket.roundTrip();
    socket.close();
  });
});
