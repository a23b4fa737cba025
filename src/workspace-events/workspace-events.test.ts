// The workspace stream through the API on every database: a bot that stops resumes from its
// stored cursor and gets every event it missed, in order, once; BOT keys never see internal notes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { waitUntil } from '../testing/wait-until.ts';
import { encodeWorkspaceCursor } from './workspace-event-cursor.ts';

const WORKSPACE_EVENTS = `subscription($after: String) { workspaceEvents(after: $after) { id type cursor message { body internal seq } conversation { id } } }`;

interface Item {
  workspaceEvents: { id: string; type: string; cursor: string; message: { body: string; internal: boolean; seq: number } | null; conversation: { id: string } | null };
}

describeEachStorage('workspace event stream', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let botKey: string;

  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
    botKey = (await gqlData(t.url, `mutation { createApiKey(input: { name: "bot", role: BOT }) { token } }`, {}, ws.ownerToken)).createApiKey.token;
  });
  afterAll(() => t.close());

  const send = (token: string, conversationId: string, body: string, internal = false) =>
    gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body, clientMessageId: randomUUID(), ...(internal ? { internal } : {}) } }, token);

  it('resumes from the stored cursor and misses nothing, in order, without internal notes for BOT keys', async () => {
    const client = openWsClient(t.wsUrl, botKey);
    // From the workspace's first event (a subscription without a cursor starts at an instant the test cannot see).
    const live = subscribe<Item>(client, WORKSPACE_EVENTS, { after: encodeWorkspaceCursor(0) });
    const conversation = await startVisitorConversation(t.url, ws.widgetKey, 'first');
    const [created, first] = (await live.waitFor(2)).map((r) => r.workspaceEvents);
    expect([created!.type, first!.type, first!.message?.body]).toEqual(['conversation.created', 'message.created', 'first']);
    live.stop();
    await client.dispose();

    // The bot is down: a visitor message, an internal note, an agent reply, a second conversation.
    await send(conversation.visitorToken, conversation.conversationId, 'while you were away 1');
    await send(ws.ownerToken, conversation.conversationId, 'note for staff only', true);
    await send(ws.ownerToken, conversation.conversationId, 'agent answer');
    const other = await startVisitorConversation(t.url, ws.widgetKey, 'second conversation');

    const again = openWsClient(t.wsUrl, botKey);
    const resumed = subscribe<Item>(again, WORKSPACE_EVENTS, { after: first!.cursor });
    // Live again after the replay: once this arrives, everything before it has been delivered.
    await resumed.waitFor(1);
    await send(conversation.visitorToken, conversation.conversationId, 'live after resume');
    await waitUntil(() => resumed.received.some((r) => r.workspaceEvents.message?.body === 'live after resume'), 'the live event after the replay');
    const events = resumed.received.map((r) => r.workspaceEvents);
    expect(events.filter((e) => e.type === 'message.created' || e.type === 'conversation.created').map((e) => [e.type, e.message?.body ?? e.conversation?.id])).toEqual([
      ['message.created', 'while you were away 1'],
      ['message.created', 'agent answer'],
      ['conversation.created', other.conversationId],
      ['message.created', 'second conversation'],
      ['message.created', 'live after resume'],
    ]);
    expect(events.some((e) => e.message?.internal)).toBe(false);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    resumed.stop();
    await again.dispose();
  });

  it('shows internal notes to staff and refuses a cursor it did not give out', async () => {
    const client = openWsClient(t.wsUrl, ws.ownerToken);
    const conversation = await startVisitorConversation(t.url, ws.widgetKey, 'hi');
    const stream = subscribe<Item>(client, WORKSPACE_EVENTS, { after: encodeWorkspaceCursor(0) });
    await send(ws.ownerToken, conversation.conversationId, 'staff note', true);
    await waitUntil(() => stream.received.some((r) => r.workspaceEvents.message?.body === 'staff note'), 'the note');
    expect(stream.received.find((r) => r.workspaceEvents.message?.body === 'staff note')!.workspaceEvents.message).toMatchObject({ internal: true });
    stream.stop();
    await client.dispose();
    const visitor = openWsClient(t.wsUrl, conversation.visitorToken);
    const refused = subscribe<Item>(visitor, WORKSPACE_EVENTS);
    expect(String(JSON.stringify((await refused.done).error))).toMatch(/FORBIDDEN|not authorized|Not authorized/i);
    await visitor.dispose();
    const wrong = openWsClient(t.wsUrl, botKey);
    const badCursor = subscribe<Item>(wrong, WORKSPACE_EVENTS, { after: 'not-a-cursor' });
    expect(JSON.stringify((await badCursor.done).error)).toMatch(/BAD_USER_INPUT/);
    await wrong.dispose();
  });

  it('refuses a cursor past the workspace’s last event instead of waiting for it (or failing on PostgreSQL)', async () => {
    const client = openWsClient(t.wsUrl, botKey);
    // A cursor made up or kept from another workspace: beyond this one's positions, and beyond a 32-bit column.
    for (const position of [2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const stream = subscribe<Item>(client, WORKSPACE_EVENTS, { after: encodeWorkspaceCursor(position) });
      // It used to be accepted and then wait, silently, for a position the workspace may never reach.
      const answer = await Promise.race([stream.done, new Promise((resolve) => setTimeout(resolve, 5_000, 'still waiting'))]);
      stream.stop();
      expect(JSON.stringify(answer), String(position)).toMatch(/BAD_USER_INPUT/);
    }
    // Spellings Number() read as a position but encodeWorkspaceCursor never writes.
    for (const text of ['wev1:', 'wev1: 1', 'wev1:1e0', 'wev1:0x1', 'wev1:-0', 'wev1:01']) {
      const stream = subscribe<Item>(client, WORKSPACE_EVENTS, { after: Buffer.from(text).toString('base64url') });
      expect(JSON.stringify((await stream.done).error), text).toMatch(/BAD_USER_INPUT/);
    }
    await client.dispose();
  });
});
