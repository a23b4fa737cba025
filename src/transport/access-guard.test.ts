import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { createAccessGuard, type AccessGuard, type GuardedSocket } from './access-guard.ts';

const CREATE_KEY = `mutation { createApiKey(input: { name: "guarded" }) { token apiKey { id } } }`;
const REVOKE_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }`;

describe('access guard', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let guard: AccessGuard;

  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    guard = await createAccessGuard(t.app.deps);
  });
  afterAll(async () => {
    guard.close();
    await t.close();
  });

  async function guardedKey() {
    const { createApiKey } = await gqlData(t.url, CREATE_KEY, {}, ws.ownerToken);
    let revoke!: (reason: string) => void;
    const revoked = new Promise<string>((resolve) => (revoke = resolve));
    const socket: GuardedSocket = { token: createApiKey.token, principal: { kind: 'apiKey', id: createApiKey.apiKey.id, workspaceId: ws.workspaceId, role: 'BOT' }, revoke };
    return { socket, revoked, id: createApiKey.apiKey.id as string };
  }

  it('re-checks a socket whose access changed between authenticating and being watched', async () => {
    const key = await guardedKey();
    const countAtAuth = guard.changeCount();
    await gqlData(t.url, REVOKE_KEY, { input: { id: key.id } }, ws.ownerToken);
    expect(guard.changeCount()).toBeGreaterThan(countAtAuth);
    const unwatch = guard.watch(key.socket, countAtAuth);
    expect(await key.revoked).toMatch(/^Access revoked: The API key is unknown or revoked/);
    unwatch();
  });

  it('closes the revoked key’s socket; another key still passes its check, and a changed role does not', async () => {
    const kept = await guardedKey();
    const revokedKey = await guardedKey();
    const unwatchKept = guard.watch(kept.socket, guard.changeCount());
    const unwatchRevoked = guard.watch(revokedKey.socket, guard.changeCount());
    await gqlData(t.url, REVOKE_KEY, { input: { id: revokedKey.id } }, ws.ownerToken);
    await revokedKey.revoked;
    expect(await guard.check(kept.socket)).toBeNull();
    expect(await guard.check(revokedKey.socket)).toMatch(/^Access revoked/);
    expect(await guard.check({ ...kept.socket, principal: { ...kept.socket.principal, role: 'ADMIN' } })).toMatch(/^Access changed/);
    unwatchKept();
    unwatchRevoked();
  });
});
