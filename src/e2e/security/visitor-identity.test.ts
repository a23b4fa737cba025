// Issue 12, finding 2 (visitor takeover), over real HTTP on both databases: the public widget key
// plus someone else's externalId no longer opens their chat; a valid identityHash does.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { errorCodeOf, gql, gqlData } from '../../testing/graphql-client.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const START = `mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token identityVerified visitor { id externalId name email } } }`;
const SECRET = `{ identitySecret }`;
const ROTATE = `mutation { rotateIdentitySecret { identitySecret } }`;
const VISITOR = `query($id: ID!) { visitor(id: $id) { id name email externalId } }`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id } }`;

/** The README recipe, as a site's server would run it. */
const hashOf = (secret: string, externalId: string) => createHmac('sha256', secret).update(externalId).digest('hex');

describeEachStorage('security: visitor identity verification', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let secret: string;

  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
    secret = (await gqlData(t.url, SECRET, {}, ws.ownerToken)).identitySecret;
  });
  afterAll(() => t.close());

  const start = (input: Record<string, unknown>) => gql(t.url, START, { input: { widgetKey: ws.widgetKey, ...input } });

  async function identifiedVisitorWithConversation(externalId: string) {
    const session = (await start({ externalId, identityHash: hashOf(secret, externalId), name: 'Alice', email: 'alice@example.com' })).data!.startVisitorSession;
    const conversation = await gqlData(
      t.url,
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { firstMessage: { body: 'my order number is 1234', clientMessageId: randomUUID() } } },
      session.token,
    );
    return { session, conversationId: conversation.startConversation.conversation.id as string };
  }

  it('links externalId with a valid identityHash to the same visitor, which may update its profile', async () => {
    const externalId = `user-${randomUUID()}`;
    const { session } = await identifiedVisitorWithConversation(externalId);
    expect(session.identityVerified).toBe(true);
    expect(session.visitor.externalId).toBe(externalId);
    const again = (await start({ externalId, identityHash: hashOf(secret, externalId), name: 'Alice Liddell' })).data!.startVisitorSession;
    expect(again.visitor.id).toBe(session.visitor.id);
    expect(again.visitor.name).toBe('Alice Liddell');
  });

  it('takeover attempt: someone else’s externalId without a hash gets an anonymous visitor, not theirs, and changes nothing of theirs', async () => {
    const externalId = `user-${randomUUID()}`;
    const victim = await identifiedVisitorWithConversation(externalId);
    const attacker = await start({ externalId, name: 'Mallory', email: 'mallory@example.com' });
    expect(attacker.errors).toBeUndefined();
    const session = attacker.data!.startVisitorSession;
    expect(session.identityVerified).toBe(false);
    expect(session.visitor.id).not.toBe(victim.session.visitor.id);
    expect(session.visitor.externalId).toBeNull();
    expect((await gqlData(t.url, CONVERSATION, { id: victim.conversationId }, session.token)).conversation).toBeNull();
    expect((await gqlData(t.url, VISITOR, { id: victim.session.visitor.id }, session.token)).visitor).toBeNull();
    const stored = (await gqlData(t.url, VISITOR, { id: victim.session.visitor.id }, ws.ownerToken)).visitor;
    expect(stored).toMatchObject({ name: 'Alice', email: 'alice@example.com', externalId });
  });

  it('refuses a wrong hash with VISITOR_IDENTITY_INVALID, the same answer whether or not the externalId exists', async () => {
    const existing = `user-${randomUUID()}`;
    await identifiedVisitorWithConversation(existing);
    const forExisting = await start({ externalId: existing, identityHash: hashOf(secret, 'someone-else') });
    const forUnknown = await start({ externalId: `user-${randomUUID()}`, identityHash: hashOf(secret, 'someone-else') });
    expect(errorCodeOf(forExisting)).toBe('VISITOR_IDENTITY_INVALID');
    expect(forUnknown).toEqual(forExisting);
    expect(errorCodeOf(await start({ externalId: existing, identityHash: 'not-hex' }))).toBe('VISITOR_IDENTITY_INVALID');
    expect(errorCodeOf(await start({ identityHash: hashOf(secret, existing) }))).toBe('BAD_USER_INPUT');
  });

  it('an anonymous visitor returning with its own visitor token keeps its visitor', async () => {
    const first = (await start({ name: 'Anon' })).data!.startVisitorSession;
    const again = (await start({ visitorToken: first.token })).data!.startVisitorSession;
    expect(again.visitor.id).toBe(first.visitor.id);
    expect(again.identityVerified).toBe(false);
  });

  it('the secret is for admins only, stays stable, and rotating it stops old hashes at once', async () => {
    const agent = await createAgentFixture(t.url, ws.ownerToken);
    const visitor = (await start({})).data!.startVisitorSession;
    expect(errorCodeOf(await gql(t.url, SECRET, {}, agent.token))).toBe('FORBIDDEN');
    expect(errorCodeOf(await gql(t.url, SECRET, {}, visitor.token))).toBe('FORBIDDEN');
    expect(errorCodeOf(await gql(t.url, ROTATE, {}, agent.token))).toBe('FORBIDDEN');
    expect((await gqlData(t.url, SECRET, {}, ws.ownerToken)).identitySecret).toBe(secret);

    const externalId = `user-${randomUUID()}`;
    const rotated = (await gqlData(t.url, ROTATE, {}, ws.ownerToken)).rotateIdentitySecret.identitySecret as string;
    expect(rotated).not.toBe(secret);
    expect(errorCodeOf(await start({ externalId, identityHash: hashOf(secret, externalId) }))).toBe('VISITOR_IDENTITY_INVALID');
    expect((await start({ externalId, identityHash: hashOf(rotated, externalId) })).data!.startVisitorSession.identityVerified).toBe(true);
    secret = rotated;
  });

  it('a workspace from before identity verification refuses every hash until an admin reads its new secret', async () => {
    const old = await createWorkspaceFixture(t.url, 'Old');
    await t.app.deps.db.workspace.update({ where: { id: old.workspaceId }, data: { identitySecret: null } });
    const externalId = `user-${randomUUID()}`;
    const input = (identityHash: string) => ({ input: { widgetKey: old.widgetKey, externalId, identityHash } });
    expect(errorCodeOf(await gql(t.url, START, input(hashOf('', externalId))))).toBe('VISITOR_IDENTITY_INVALID');
    const fresh = (await gqlData(t.url, SECRET, {}, old.ownerToken)).identitySecret as string;
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect((await gqlData(t.url, START, input(hashOf(fresh, externalId)))).startVisitorSession.identityVerified).toBe(true);
  });
});
