// startConversation called several times at once for one visitor (a retry after a network error,
// a double click) used to create a conversation per call, each with the same first message: the
// read of the open conversation and the insert were not one step. Now they are, on every database.
// The calls go straight to the domain function so that they reach the database together: over
// HTTP their arrival spreads out and the old race showed only now and then.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KefuError } from '../errors.ts';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { startConversation } from './start-conversation.ts';

const SESSION = 'mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token visitor { id } } }';
const CALLS = 8;
const CONVERSATIONS_PER_MINUTE = 10;

describeEachStorage('startConversation', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;

  beforeAll(async () => {
    t = await startTestApp({ provider, config: { limits: { conversationsPerMinute: CONVERSATIONS_PER_MINUTE } } });
    ws = await createWorkspaceFixture(t.url);
    // Not the workspace's first conversations (racing first ones collide on the number counter and
    // run again), and a pooled connection for each call (a call that waits to connect comes late):
    // either would hide a missing lock.
    await startAll(await newVisitor(), { forceNew: true });
  }, 60_000);
  afterAll(() => t?.close());

  async function newVisitor() {
    return (await gqlData(t.url, SESSION, { input: { widgetKey: ws.widgetKey } })).startVisitorSession.visitor.id as string;
  }
  function start(visitorId: string, input: Record<string, unknown>) {
    return startConversation(t.app.deps, { kind: 'visitor', id: visitorId, workspaceId: ws.workspaceId }, input);
  }
  const startAll = (visitorId: string, input: Record<string, unknown>) => Promise.all(Array.from({ length: CALLS }, () => start(visitorId, input)));

  it(`${CALLS} identical calls at once create one conversation with one first message; the others get it back`, async () => {
    const visitorId = await newVisitor();
    const clientMessageId = randomUUID();
    const results = await startAll(visitorId, { firstMessage: { body: 'Where is my order?', clientMessageId } });

    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    const conversationId = results[0]!.conversation.id;
    expect(new Set(results.map((r) => r.conversation.id))).toEqual(new Set([conversationId]));
    expect(new Set(results.map((r) => r.message?.id)).size).toBe(1);
    const db = t.app.deps.db;
    expect(await db.conversation.count({ where: { visitorId } })).toBe(1);
    expect(await db.message.count({ where: { conversationId, clientMessageId } })).toBe(1);
    expect(await db.workspaceEvent.count({ where: { type: 'conversation.created', visitorId } })).toBe(1);
    // A later call gets it back too.
    expect(await start(visitorId, {})).toMatchObject({ isNew: false, conversation: { id: conversationId } });
  });

  it('only the created conversation counts against the conversations limit, however many calls raced for it', async () => {
    const visitorId = await newVisitor();
    await startAll(visitorId, {});
    const forced: string[] = [];
    for (let i = 0; i < CONVERSATIONS_PER_MINUTE; i++) forced.push(await start(visitorId, { forceNew: true }).then(() => 'ok', (error: KefuError) => String(error.extensions.code)));
    expect(forced).toEqual([...Array(CONVERSATIONS_PER_MINUTE - 1).fill('ok'), 'RATE_LIMITED']);
  });

  it('refuses a first message the send would refuse before creating anything, naming the field under firstMessage', async () => {
    const visitorId = await newVisitor();
    const refused = (await start(visitorId, { forceNew: true, firstMessage: { body: '   ', clientMessageId: 'x' } }).catch((error: KefuError) => error)) as KefuError;
    expect(refused.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [
        { path: 'firstMessage.clientMessageId', message: expect.any(String) },
        { path: 'firstMessage.body', message: 'The message is empty; type something or attach a file to send' },
      ],
    });
    const tooLarge = (await start(visitorId, { forceNew: true, firstMessage: { body: 'a'.repeat(t.app.deps.config.limits.messageMaxBytes + 1), clientMessageId: randomUUID() } }).catch((error: KefuError) => error)) as KefuError;
    expect(tooLarge.extensions.code).toBe('MESSAGE_TOO_LARGE');
    expect(await t.app.deps.db.conversation.count({ where: { visitorId } })).toBe(0);
  });

  it(`forceNew creates a conversation per call, also ${CALLS} at once`, async () => {
    const visitorId = await newVisitor();
    const results = await startAll(visitorId, { forceNew: true });
    expect(results.every((r) => r.isNew)).toBe(true);
    expect(new Set(results.map((r) => r.conversation.id)).size).toBe(CALLS);
    expect(await t.app.deps.db.conversation.count({ where: { visitorId, status: 'OPEN' } })).toBe(CALLS);
  });
});
