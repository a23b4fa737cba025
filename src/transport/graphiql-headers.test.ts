// GraphiQL puts its Headers tab in each operation's `extensions.headers` instead of the socket's
// connectionParams: an anonymous socket signs in with the first such token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_EVENTS, createAgentFixture, createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { openAckedSocket } from '../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

describe('tokens in operation headers (GraphiQL)', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let conversationId: string;
  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    ({ conversationId } = await startVisitorConversation(t.url, ws.widgetKey, 'hello from the widget'));
  });
  afterAll(() => t.close());

  const subscribe = (id: string, headers: Record<string, string>) => ({
    id,
    type: 'subscribe',
    payload: { query: CONVERSATION_EVENTS, variables: { id: conversationId, afterSeq: 0 }, extensions: { headers } },
  });

  it('streams a subscription whose Authorization is in extensions.headers on an anonymous socket', async () => {
    const socket = await openAckedSocket(t.wsUrl);
    socket.send(subscribe('events', { Authorization: `Bearer ${ws.ownerToken}` }));
    const first = await socket.next((m) => m.id === 'events');
    expect(first.type).toBe('next');
    expect(first.payload.data.conversationEvents).toMatchObject({ seq: 1, body: 'hello from the widget' });
    socket.close();
  });

  it('refuses an invalid token, and a second identity on a signed-in socket', async () => {
    const anonymous = await openAckedSocket(t.wsUrl);
    anonymous.send(subscribe('bad', { authorization: 'Bearer not-a-token' }));
    const refused = await anonymous.next((m) => m.id === 'bad');
    expect(refused.type).toBe('error');
    expect(refused.payload[0].extensions.code).toBe('UNAUTHENTICATED');
    anonymous.close();

    const agent = await createAgentFixture(t.url, ws.ownerToken, 'ADMIN');
    const signedIn = await openAckedSocket(t.wsUrl, ws.ownerToken);
    signedIn.send(subscribe('other', { Authorization: `Bearer ${agent.token}` }));
    const other = await signedIn.next((m) => m.id === 'other');
    expect(other.type).toBe('error');
    expect(other.payload[0].extensions.code).toBe('FORBIDDEN');
    signedIn.close();
  });
});
