import { z } from 'zod';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { newPasswordSchema } from '../auth/password-policy.ts';
import type { Principal } from '../auth/principal.ts';
import { revokeAgentSessions } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';

/** An agent changes its own password; every other session of the agent is revoked. */
export async function changePassword(deps: Pick<Deps, 'db' | 'bus'>, principal: Principal | null, input: unknown) {
  if (principal?.kind !== 'agent' || !principal.sessionId) throw new KefuError('FORBIDDEN', 'Sign in as the agent whose password this is.');
  const data = parseInput(z.object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema() }), input);
  const agent = await deps.db.agent.findUniqueOrThrow({ where: { id: principal.id } });
  if (!(await verifyPassword(data.currentPassword, agent.passwordHash))) {
    throw new KefuError('INVALID_CREDENTIALS', 'The current password is wrong; enter the password you sign in with.');
  }
  const updated = await deps.db.agent.update({
    where: { id: agent.id },
    data: { passwordHash: await hashPassword(data.newPassword), passwordResetHash: null, passwordResetExpiresAt: null },
  });
  await revokeAgentSessions(deps, agent, 'SESSIONS_REVOKED', { exceptSessionId: principal.sessionId });
  return updated;
}
