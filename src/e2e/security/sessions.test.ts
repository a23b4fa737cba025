// Issue 12, findings 3, 4 (sessions and passwords) and 7 (token format), over real HTTP and
// WebSocket on both databases: what used to get through, and that it no longer does.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findAvailableAgents } from '../../routing/assignment/find-available-agents.ts';
import { createAgentFixture, createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { errorCodeOf, gql, gqlData } from '../../testing/graphql-client.ts';
import { openAckedSocket, openRawSocket } from '../../testing/raw-ws.ts';
import { describeEachStorage, describeWith, REDIS_URL } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';
import { createWorkspace } from '../../workspaces/create-workspace.ts';

const VIEWER = `{ viewer { kind agent { id role } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token agent { id } } }`;
const SIGN_OUT = `mutation($input: SignOutInput) { signOut(input: $input) { isSignedOut } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }`;
const CREATE_WORKSPACE = `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token workspace { id } agent { id email } } }`;
const CREATE_AGENT = `mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { agent { id } } }`;
const PASSWORD = 'password-123';


describeEachStorage('security: sessions, revocation and passwords', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;

  beforeAll(async () => {
    t = await startTestApp({ provider });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password = PASSWORD, workspaceId?: string) => gql(t.url, SIGN_IN, { input: { email, password, workspaceId } });

  async function newAgent(role: 'AGENT' | 'ADMIN' = 'AGENT') {
    const email = `agent-${randomUUID()}@example.com`;
    const created = await gqlData(t.url, CREATE_AGENT, { input: { email, name: 'Agent', password: PASSWORD, role } }, ws.ownerToken);
    const first = await signIn(email);
    return { email, agentId: created.createAgent.agent.id as string, token: first.data!.signIn.token as string };
  }

  it('closes a revoked API key’s open socket with 4403, so it can no longer createApiKey; HTTP fails at once', async () => {
    const key = await gqlData(t.url, CREATE_KEY, { input: { name: 'integration', role: 'ADMIN' } }, ws.ownerToken);
    const socket = await openAckedSocket(t.wsUrl, key.createApiKey.token);
    socket.send({ id: '1', type: 'subscribe', payload: { query: `mutation { createApiKey(input: { name: "before" }) { apiKey { id } } }` } });
    expect((await socket.next('next')).payload.data.createApiKey.apiKey.id).toBeTruthy();

    await gqlData(t.url, `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }`, { input: { id: key.createApiKey.apiKey.id } }, ws.ownerToken);
    expect(await socket.closed).toBe(4403);
    expect(errorCodeOf(await gql(t.url, CREATE_KEY, { input: { name: 'after' } }, key.createApiKey.token))).toBe('UNAUTHENTICATED');
  });

  it('a socket that missed the revocation event is still refused at its next operation and closed', async () => {
    // A second instance on the same database with its own in-process bus never hears the event.
    const deaf = await startTestApp({ provider, databaseUrl: t.databaseUrl });
    try {
      const key = await gqlData(t.url, CREATE_KEY, { input: { name: 'integration', role: 'ADMIN' } }, ws.ownerToken);
      const socket = await openAckedSocket(deaf.wsUrl, key.createApiKey.token);
      await gqlData(t.url, `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }`, { input: { id: key.createApiKey.apiKey.id } }, ws.ownerToken);
      await socket.roundTrip();
      socket.send({ id: '1', type: 'subscribe', payload: { query: `mutation { createApiKey(input: { name: "escalate", role: ADMIN }) { token } }` } });
      expect((await socket.next('error')).payload[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(await socket.closed).toBe(4403);
    } finally {
      await deaf.close();
    }
  });

  it('signOut revokes that token on HTTP and its sockets; the agent’s other sessions live until signOut everywhere', async () => {
    const agent = await newAgent();
    const second = (await signIn(agent.email)).data!.signIn.token as string;
    const socket = await openAckedSocket(t.wsUrl, agent.token);
    const other = await openAckedSocket(t.wsUrl, second);

    expect((await gqlData(t.url, SIGN_OUT, {}, agent.token)).signOut.isSignedOut).toBe(true);
    expect(await socket.closed).toBe(4403);
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, agent.token))).toBe('UNAUTHENTICATED');
    expect((await gqlData(t.url, VIEWER, {}, second)).viewer.agent.id).toBe(agent.agentId);
    await other.roundTrip();

    await gqlData(t.url, SIGN_OUT, { input: { everywhere: true } }, second);
    expect(await other.closed).toBe(4403);
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, second))).toBe('UNAUTHENTICATED');
    const refused = await openAckedSocket(t.wsUrl, second).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
  });

  it('changePassword needs the current password and a strong new one, and ends every other session', async () => {
    const agent = await newAgent();
    const other = (await signIn(agent.email)).data!.signIn.token as string;
    const otherSocket = await openAckedSocket(t.wsUrl, other);

    expect(errorCodeOf(await gql(t.url, CHANGE_PASSWORD, { input: { currentPassword: 'not-my-password', newPassword: 'violet-harbour-canoe' } }, agent.token))).toBe('INVALID_CREDENTIALS');
    const weak = await gql(t.url, CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: '12345678' } }, agent.token);
    expect(errorCodeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0]!.message).toMatch(/at least 10 characters/);
    await otherSocket.roundTrip();

    await gqlData(t.url, CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'violet-harbour-canoe' } }, agent.token);
    expect(await otherSocket.closed).toBe(4403);
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, other))).toBe('UNAUTHENTICATED');
    expect((await gqlData(t.url, VIEWER, {}, agent.token)).viewer.agent.id).toBe(agent.agentId);
    expect(errorCodeOf(await signIn(agent.email))).toBe('INVALID_CREDENTIALS');
    expect((await signIn(agent.email, 'violet-harbour-canoe')).data!.signIn.agent.id).toBe(agent.agentId);
  });

  it('a password reset token issued by an admin works once, ends every session, and only owners reset owners', async () => {
    const agent = await newAgent();
    const socket = await openAckedSocket(t.wsUrl, agent.token);
    const ISSUE = `mutation($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { token expiresAt } }`;
    const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { agent { id } } }`;
    const admin = await newAgent('ADMIN');
    expect(errorCodeOf(await gql(t.url, ISSUE, { input: { agentId: ws.ownerId } }, admin.token))).toBe('FORBIDDEN');
    expect(errorCodeOf(await gql(t.url, ISSUE, { input: { agentId: admin.agentId } }, agent.token))).toBe('FORBIDDEN');

    const issued = await gqlData(t.url, ISSUE, { input: { agentId: agent.agentId } }, admin.token);
    expect(issued.issuePasswordReset.token).toMatch(/^kefu_reset_/);
    expect(errorCodeOf(await gql(t.url, RESET, { input: { token: 'kefu_reset_wrong', newPassword: 'granite-meadow-lantern' } }))).toBe('PASSWORD_RESET_INVALID');
    expect(errorCodeOf(await gql(t.url, RESET, { input: { token: issued.issuePasswordReset.token, newPassword: 'qwertyuiop' } }))).toBe('BAD_USER_INPUT');
    expect((await gqlData(t.url, RESET, { input: { token: issued.issuePasswordReset.token, newPassword: 'granite-meadow-lantern' } })).resetPassword.agent.id).toBe(agent.agentId);
    expect(await socket.closed).toBe(4403);
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, agent.token))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await gql(t.url, RESET, { input: { token: issued.issuePasswordReset.token, newPassword: 'another-long-phrase' } }))).toBe('PASSWORD_RESET_INVALID');
    expect((await signIn(agent.email, 'granite-meadow-lantern')).data!.signIn.agent.id).toBe(agent.agentId);

    const expired = await gqlData(t.url, ISSUE, { input: { agentId: agent.agentId } }, admin.token);
    await t.app.deps.db.agent.update({ where: { id: agent.agentId }, data: { passwordResetExpiresAt: new Date(Date.now() - 1000) } });
    expect(errorCodeOf(await gql(t.url, RESET, { input: { token: expired.issuePasswordReset.token, newPassword: 'another-long-phrase' } }))).toBe('PASSWORD_RESET_INVALID');
  });

  it('a deactivated agent loses its sockets and tokens, cannot sign in, is not routed to; reactivation lets it sign in again', async () => {
    const agent = await newAgent();
    const socket = await openAckedSocket(t.wsUrl, agent.token);
    await t.app.deps.db.agent.update({ where: { id: agent.agentId }, data: { presence: 'ONLINE' } });
    const target = { workspaceId: ws.workspaceId, departmentId: null, skills: [], language: null };
    expect((await findAvailableAgents(t.app.deps, target)).map((a) => a.id)).toContain(agent.agentId);

    await gqlData(t.url, `mutation($input: DeactivateAgentInput!) { deactivateAgent(input: $input) { agent { deactivatedAt } } }`, { input: { agentId: agent.agentId } }, ws.ownerToken);
    expect(await socket.closed).toBe(4403);
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, agent.token))).toBe('UNAUTHENTICATED');
    expect((await findAvailableAgents(t.app.deps, target)).map((a) => a.id)).not.toContain(agent.agentId);
    const { conversationId } = await startVisitorConversation(t.url, ws.widgetKey);
    const assign = `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`;
    expect(errorCodeOf(await gql(t.url, assign, { input: { conversationId, agentId: agent.agentId } }, ws.ownerToken))).toBe('NOT_FOUND');
    const deactivated = await signIn(agent.email);
    const wrongPassword = await signIn(agent.email, 'wrong-password-1');
    const unknown = await signIn(`nobody-${randomUUID()}@example.com`);
    expect(deactivated).toEqual(wrongPassword);
    expect(unknown).toEqual(wrongPassword);
    expect(errorCodeOf(unknown)).toBe('INVALID_CREDENTIALS');

    await gqlData(t.url, `mutation($input: ReactivateAgentInput!) { reactivateAgent(input: $input) { agent { deactivatedAt } } }`, { input: { agentId: agent.agentId } }, ws.ownerToken);
    expect((await signIn(agent.email)).data!.signIn.agent.id).toBe(agent.agentId);
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, agent.token))).toBe('UNAUTHENTICATED');
  });

  it('a role change closes the agent’s sockets; the same token reconnects with the new role', async () => {
    const agent = await newAgent('ADMIN');
    const socket = await openAckedSocket(t.wsUrl, agent.token);
    await gqlData(t.url, `mutation($input: SetAgentRoleInput!) { setAgentRole(input: $input) { agent { role } } }`, { input: { agentId: agent.agentId, role: 'AGENT' } }, ws.ownerToken);
    expect(await socket.closed).toBe(4403);
    const again = await openAckedSocket(t.wsUrl, agent.token);
    again.send({ id: '1', type: 'subscribe', payload: { query: VIEWER } });
    expect((await again.next('next')).payload.data.viewer.agent.role).toBe('AGENT');
    again.close();
  });

  it('refuses short, whitespace-only and common passwords with BAD_USER_INPUT', async () => {
    for (const password of ['12345678', ' '.repeat(12), 'password123', 'Qwertyuiop']) {
      const result = await gql(t.url, CREATE_WORKSPACE, { input: { name: 'Weak', owner: { email: `weak-${randomUUID()}@example.com`, name: 'W', password } } });
      expect(errorCodeOf(result), password).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(/owner\.password: .*(at least 10|not only spaces|most common)/);
    }
    const agent = await gql(t.url, CREATE_AGENT, { input: { email: `a-${randomUUID()}@example.com`, name: 'A', password: '        ' } }, ws.ownerToken);
    expect(errorCodeOf(agent)).toBe('BAD_USER_INPUT');
  });

  it('anonymous createWorkspace answers the same whether or not the email has an account (no account oracle)', async () => {
    const email = `taken-${randomUUID()}@example.com`;
    const first = await gqlData(t.url, CREATE_WORKSPACE, { input: { name: 'One', owner: { email, name: 'Owner', password: PASSWORD } } });
    const second = await gql(t.url, CREATE_WORKSPACE, { input: { name: 'Two', owner: { email, name: 'Other', password: 'a-different-passphrase' } } });
    expect(second.errors).toBeUndefined();
    expect(Object.keys(second.data!.createWorkspace)).toEqual(Object.keys(first.createWorkspace));
    expect(second.data!.createWorkspace.workspace.id).not.toBe(first.createWorkspace.workspace.id);
    // Each password opens its own account; neither can reach the other.
    expect((await signIn(email)).data!.signIn.agent.id).toBe(first.createWorkspace.agent.id);
    expect((await signIn(email, 'a-different-passphrase')).data!.signIn.agent.id).toBe(second.data!.createWorkspace.agent.id);
  });

  it('one email and password in two workspaces: sign-in asks for workspaceId and then signs in to that one', async () => {
    const email = `twice-${randomUUID()}@example.com`;
    const one = await gqlData(t.url, CREATE_WORKSPACE, { input: { name: 'Support', owner: { email, name: 'Owner', password: PASSWORD } } });
    const two = await gqlData(t.url, CREATE_WORKSPACE, { input: { name: 'Support', owner: { email, name: 'Owner', password: PASSWORD } } });
    const ambiguous = await signIn(email);
    expect(errorCodeOf(ambiguous)).toBe('BAD_USER_INPUT');
    // Two workspaces of the same name: the creation date, oldest first, tells them apart.
    const listed = ambiguous.errors![0]!.extensions!.workspaces as { id: string; name: string; createdAt: string }[];
    expect(listed).toEqual([
      { id: one.createWorkspace.workspace.id, name: 'Support', createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
      { id: two.createWorkspace.workspace.id, name: 'Support', createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    ]);
    expect(Date.parse(listed[0]!.createdAt)).toBeLessThanOrEqual(Date.parse(listed[1]!.createdAt));
    expect((await signIn(email, PASSWORD, two.createWorkspace.workspace.id)).data!.signIn.agent.id).toBe(two.createWorkspace.agent.id);
    expect((await signIn(email, PASSWORD, one.createWorkspace.workspace.id)).data!.signIn.agent.id).toBe(one.createWorkspace.agent.id);
  });

  it('refuses a valid token with extra segments, over HTTP and at socket connect', async () => {
    expect((await gqlData(t.url, VIEWER, {}, ws.ownerToken)).viewer.kind).toBe('AGENT');
    expect(errorCodeOf(await gql(t.url, VIEWER, {}, `${ws.ownerToken}.anything`))).toBe('UNAUTHENTICATED');
    const socket = await openRawSocket(t.wsUrl);
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${ws.ownerToken}.anything` } });
    expect(await socket.closed).toBe(4403);
  });
});

describeEachStorage('security: public sign-up closed', (provider) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { auth: { publicSignUp: false } } });
  });
  afterAll(() => t.close());

  it('refuses anonymous createWorkspace with FORBIDDEN and stores nothing; a signed-in admin can still create one', async () => {
    const input = { name: 'Closed', owner: { email: `x-${randomUUID()}@example.com`, name: 'X', password: PASSWORD } };
    const anonymous = await gql(t.url, CREATE_WORKSPACE, { input });
    expect(errorCodeOf(anonymous)).toBe('FORBIDDEN');
    expect(anonymous.errors![0]!.message).toMatch(/auth\.publicSignUp/);
    expect(await t.app.deps.db.workspace.count()).toBe(0);
    // The operator's first workspace comes from the server side (as `kefu demo` does).
    const { token } = await createWorkspace(t.app.deps, { name: 'Operator', owner: { email: 'op@example.com', name: 'Op', password: PASSWORD } });
    expect((await gqlData(t.url, CREATE_WORKSPACE, { input }, token)).createWorkspace.workspace.id).toBeTruthy();
  });
});

describeEachStorage('security: revocation reaches sockets on every instance', (provider) => {
  describeWith('redis', `two instances on one database and Redis [${provider}]`, () => {
    let a: TestApp;
    let b: TestApp;
    let ws: WorkspaceFixture;

    beforeAll(async () => {
      const redis = { url: REDIS_URL, keyPrefix: `kefu-test-${randomUUID()}:` };
      a = await startTestApp({ provider, config: { redis } });
      b = await startTestApp({ provider, databaseUrl: a.databaseUrl, config: { redis } });
      ws = await createWorkspaceFixture(a.url);
    });
    afterAll(async () => {
      await b.close();
      await a.close();
    });

    it('revoking a key on instance A closes its socket on instance B with 4403', async () => {
      const key = await gqlData(a.url, CREATE_KEY, { input: { name: 'bot' } }, ws.ownerToken);
      const socket = await openAckedSocket(b.wsUrl, key.createApiKey.token);
      await gqlData(a.url, `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }`, { input: { id: key.createApiKey.apiKey.id } }, ws.ownerToken);
      expect(await socket.closed).toBe(4403);
    });

    it('signing out on instance A closes the session’s socket on instance B; another agent’s socket on B stays', async () => {
      const agent = await createAgentFixture(a.url, ws.ownerToken);
      const bystander = await createAgentFixture(a.url, ws.ownerToken);
      const socket = await openAckedSocket(b.wsUrl, agent.token);
      const other = await openAckedSocket(b.wsUrl, bystander.token);
      await gqlData(a.url, SIGN_OUT, {}, agent.token);
      expect(await socket.closed).toBe(4403);
      await other.roundTrip();
      other.send({ id: '1', type: 'subscribe', payload: { query: VIEWER } });
      expect((await other.next('next')).payload.data.viewer.agent.id).toBe(bystander.agentId);
      other.close();
    });
  });
});
