// Admin actions on another agent's account: who may act on whom is decided here once.
import { requireAdmin, type StaffPrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';

/**
 * The agent an admin acts on. Nobody acts on their own account this way (no self-lockout), and
 * only an owner acts on an owner, so an admin cannot take over or lock out the workspace's owners.
 */
export async function findManagedAgent(deps: Pick<Deps, 'db'>, principal: Principal | null, agentId: string) {
  const admin: StaffPrincipal = requireAdmin(principal);
  const agent = await deps.db.agent.findFirst({ where: { id: agentId, workspaceId: admin.workspaceId } });
  if (!agent) throw new KefuError('NOT_FOUND', 'No agent has this id in your workspace.');
  if (admin.kind === 'agent' && admin.id === agent.id) throw new KefuError('FORBIDDEN', 'Use changePassword or signOut for your own account; another admin manages it.');
  if (agent.role === 'OWNER' && !(admin.kind === 'agent' && admin.role === 'OWNER')) {
    throw new KefuError('FORBIDDEN', 'Only an owner may do this to an owner.');
  }
  return agent;
}
