// With the client's own trusted-documents manifest loaded, its ConversationEvents subscription runs
// compiled (compiled-execution.ts). Each audience must get exactly what graphql-js gives the same
// selection sent as text outside the manifest: every kind of event a conversation holds, replayed
// from storage and pushed live.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileQuery } from 'graphql-jit';
import { createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { gqlData } from '../../testing/graphql-client.ts';
import { openAckedSocket, type RawMessage, type RawSocket } from '../../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql-jit')>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});

const MANIFEST = fileURLToPath(new URL('../../../client/src/generated/persisted-documents.json', import.meta.url));
const TRUSTED = Object.values(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>).find((text) => text.includes('subscription ConversationEvents('))!;
// The same operation, but not the manifest's text: it runs on graphql-js.
const UNTRUSTED = `${TRUSTED}\n# sent as text`;

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }`;

/** Every `next` of operation `id` until the event with `lastSeq`. */
async function eventsUntil(socket: RawSocket, id: string, lastSeq: number): Promise<unknown[]> {
  const events: unknown[] = [];
  for (;;) {
    const message: RawMessage = await socket.next((m) => m.id === id && m.type !== 'complete');
    expect(message.type).toBe('next');
    events.push(message.payload);
    if (message.payload.data?.conversationEvents?.seq === lastSeq) return events;
  }
}

describe('trusted subscriptions run compiled, with the answers graphql-js gives', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversationId: string;
  let visitorToken: string;
  const send = async (token: string, input: Record<string, unknown>): Promise<number> =>
    (await gqlData(t.url, SEND, { input: { conversationId, clientMessageId: randomUUID(), ...input } }, token)).sendMessage.message.seq as number;

  beforeAll(async () => {
    t = await startTestApp({ config: { graphql: { trustedDocuments: MANIFEST } } });
    ws = await createWorkspaceFixture(t.url);
    ({ conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, '你好，我想退货'));
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: ws.ownerId } }, ws.ownerToken);
    await send(ws.ownerToken, { body: 'Which order?' });
    await send(ws.ownerToken, { body: 'check the refund policy first', internal: true });
    const cards = await send(ws.ownerToken, { body: 'Pick one', rich: { cards: [{ title: 'Linen shirt', text: '¥299', buttons: [{ label: 'View', url: 'https://shop.example.com/shirt' }, { label: 'Return', postback: 'return:shirt' }] }] } });
    await send(ws.ownerToken, { body: 'Yes or no?', rich: { quickReplies: [{ label: 'Yes', postback: 'y' }] } });
    expect(cards).toBeGreaterThan(0);
    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId, status: 'RESOLVED' } }, ws.ownerToken);
  });
  afterAll(() => t?.close());

  for (const audience of ['agent', 'visitor'] as const) {
    it(`gives the ${audience} the same replayed and live events either way`, async () => {
      const token = audience === 'agent' ? ws.ownerToken : visitorToken;
      const socket = await openAckedSocket(t.wsUrl, token);
      const variables = { conversationId, afterSeq: 0 };
      socket.send({ id: 'trusted', type: 'subscribe', payload: { query: TRUSTED, operationName: 'ConversationEvents', variables } });
      socket.send({ id: 'text', type: 'subscribe', payload: { query: UNTRUSTED, operationName: 'ConversationEvents', variables } });
      // A visitor's message reopens the resolved conversation: one more live event.
      const lastSeq = await send(visitorToken, { body: 'order 1234' });
      const [trusted, text] = await Promise.all([eventsUntil(socket, 'trusted', lastSeq), eventsUntil(socket, 'text', lastSeq)]);

      expect(trusted).toEqual(text);
      const events = trusted.map((event) => (event as { data: { conversationEvents: { kind: string; internal: boolean; rich: unknown } } }).data.conversationEvents);
      expect(new Set(events.map((event) => event.kind))).toEqual(new Set(['TEXT', 'ASSIGNED', 'STATUS_CHANGED']));
      expect(events.filter((event) => event.rich)).toHaveLength(2);
      expect(events.filter((event) => event.internal)).toHaveLength(audience === 'agent' ? 1 : 0);
      // Compiled once, for the first audience, and kept for the process.
      expect(vi.mocked(compileQuery).mock.calls.filter(([, , operationName]) => operationName === 'ConversationEvents')).toHaveLength(1);
      socket.close();
    });
  }
});
