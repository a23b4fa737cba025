// Password reset without email (Kefu sends no mail yet): an admin issues a one-time token that
// expires after auth.passwordResetTtlSeconds and hands it to the agent; resetPassword completes it.
// Only the token's SHA-256 is stored. Email delivery of the token can come later on top of this.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.ts';
import { newPasswordSchema } from '../auth/password-policy.ts';
import type { Principal } from '../auth/principal.ts';
import { revokeAgentSessions } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { findManagedAgent } from './manage-agent.ts';

const RESET_TOKEN_PREFIX = 'kefu_reset_';

const hashResetToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Replaces any earlier reset token of the agent. */
export async function issuePasswordReset(deps: Pick<Deps, 'db' | 'config'>, principal: Principal | null, input: unknown) {
  const { agentId } = parseInput(z.object({ agentId: z.string().min(1).max(100) }), input);
  const agent = await findManagedAgent(deps, principal, agentId);
  if (agent.deactivatedAt) throw new KefuError('FORBIDDEN', 'Reactivate the agent (reactivateAgent) before resetting its password.');
  const token = RESET_TOKEN_PREFIX + randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + deps.config.auth.passwordResetTtlSeconds * 1000);
  await deps.db.agent.update({ where: { id: agent.id }, data: { passwordResetHash: hashResetToken(token), passwordResetExpiresAt: expiresAt } });
  return { agent, token, expiresAt };
}

/** Sets the new password once per token and revokes every session of the agent; then sign in. */
export async function resetPassword(deps: Pick<Deps, 'db' | 'bus'>, input: unknown) {
  const data = parseInput(z.object({ token: z.string().min(1).max(200), newPassword: newPasswordSchema() }), input);
  const tokenHash = hashResetToken(data.token);
  const passwordHash = await hashPassword(data.newPassword);
  const agent = await deps.db.agent.findUnique({ where: { passwordResetHash: tokenHash } });
  const invalid = new KefuError('PASSWORD_RESET_INVALID', 'This reset token is wrong, already used or expired; ask an admin for a new one.');
  if (!agent || agent.deactivatedAt || !agent.passwordResetExpiresAt || agent.passwordResetExpiresAt <= new Date()) throw invalid;
  // Clearing the hash in the same statement makes the token single-use even under concurrent calls.
  const { count } = await deps.db.agent.updateMany({
    where: { id: agent.id, passwordResetHash: tokenHash },
    data: { passwordHash, passwordResetHash: null, passwordResetExpiresAt: null },
  });
  if (count === 0) throw invalid;
  await revokeAgentSessions(deps, agent, 'SESSIONS_REVOKED');
  return deps.db.agent.findUniqueOrThrow({ where: { id: agent.id } });
}

