// Visitor identity verification, as Intercom and Chatwoot do it: each workspace has a secret; the
// site's server computes identityHash = hex(HMAC-SHA256(secret, externalId)) for its signed-in
// user, and only a session with a valid hash is linked to the visitor with that externalId.
// Without it anyone with the public widget key could open another user's chat (issue 12).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';

export function generateIdentitySecret(): string {
  return randomBytes(32).toString('hex');
}

/** What the site's server computes (README "Visitor identity verification" has the recipe). */
export function computeIdentityHash(secret: string, externalId: string): string {
  return createHmac('sha256', secret).update(externalId, 'utf8').digest('hex');
}

/** Timing-safe; false when the workspace has no secret yet (nobody can have a valid hash then). */
export function isIdentityHashValid(secret: string | null, externalId: string, identityHash: string): boolean {
  if (!secret || !/^[0-9a-f]{64}$/i.test(identityHash)) return false;
  return timingSafeEqual(Buffer.from(computeIdentityHash(secret, externalId), 'hex'), Buffer.from(identityHash, 'hex'));
}

/** The workspace's identity secret (admins); workspaces made before it existed get one on first read. */
export async function readIdentitySecret(deps: Pick<Deps, 'db'>, principal: Principal | null): Promise<string> {
  const { workspaceId } = requireAdmin(principal);
  await deps.db.workspace.updateMany({ where: { id: workspaceId, identitySecret: null }, data: { identitySecret: generateIdentitySecret() } });
  const workspace = await deps.db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { identitySecret: true } });
  return workspace.identitySecret!;
}

/** A new secret (admins): hashes made with the old one stop linking visitors at once. */
export async function rotateIdentitySecret(deps: Pick<Deps, 'db'>, principal: Principal | null): Promise<string> {
  const { workspaceId } = requireAdmin(principal);
  const identitySecret = generateIdentitySecret();
  await deps.db.workspace.update({ where: { id: workspaceId }, data: { identitySecret } });
  return identitySecret;
}
