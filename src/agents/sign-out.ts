import { requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import { revokeAgentSessions } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';

/** Revokes the caller's token (or, with everywhere, every session of the caller); its sockets close with 4403. */
export async function signOut(deps: Pick<Deps, 'db' | 'bus'>, principal: Principal | null, input: { everywhere?: boolean }) {
  const caller = requirePrincipal(principal);
  if (caller.kind !== 'agent' || !caller.sessionId) {
    throw new KefuError('FORBIDDEN', 'Only agents sign out: visitors forget their token, and API keys are revoked with revokeApiKey.');
  }
  await revokeAgentSessions(deps, caller, 'SIGNED_OUT', input.everywhere ? {} : { onlySessionId: caller.sessionId });
}
