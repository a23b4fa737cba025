import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import { publishAccessChanged, revokeAgentSessions } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { findManagedAgent } from './manage-agent.ts';

const agentIdInput = z.object({ agentId: z.string().min(1).max(100) });

/**
 * A deactivated agent cannot sign in, loses every session (its sockets close with 4403) and is not
 * routed to. Its conversations and messages stay; reassign its open conversations.
 */
export async function deactivateAgent(deps: Pick<Deps, 'db' | 'bus'>, principal: Principal | null, input: unknown) {
  const agent = await findManagedAgent(deps, principal, parseInput(agentIdInput, input).agentId);
  const updated = await deps.db.agent.update({ where: { id: agent.id }, data: { deactivatedAt: agent.deactivatedAt ?? new Date(), passwordResetHash: null, passwordResetExpiresAt: null } });
  await revokeAgentSessions(deps, agent, 'AGENT_DEACTIVATED');
  return updated;
}

/** The agent may sign in again (with its old password); earlier sessions stay revoked. */
export async function reactivateAgent(deps: Pick<Deps, 'db'>, principal: Principal | null, input: unknown) {
  const agent = await findManagedAgent(deps, principal, parseInput(agentIdInput, input).agentId);
  return deps.db.agent.update({ where: { id: agent.id }, data: { deactivatedAt: null } });
}

/** Another role; the agent's open sockets close with 4403 and reconnect with the new role. */
export async function setAgentRole(deps: Pick<Deps, 'db' | 'bus'>, principal: Principal | null, input: unknown) {
  const data = parseInput(agentIdInput.extend({ role: z.enum(['OWNER', 'ADMIN', 'AGENT']) }), input);
  const agent = await findManagedAgent(deps, principal, data.agentId);
  if (data.role === 'OWNER' && !(principal?.kind === 'agent' && principal.role === 'OWNER')) throw new KefuError('FORBIDDEN', 'Only an owner may make another owner.');
  const updated = await deps.db.agent.update({ where: { id: agent.id }, data: { role: data.role } });
  await publishAccessChanged(deps, { workspaceId: agent.workspaceId, subjectKind: 'AGENT', subjectId: agent.id, reason: 'ROLE_CHANGED' });
  return updated;
}

/** Every session of another agent ends (admins), e.g. after a lost laptop. */
export async function revokeSessionsOf(deps: Pick<Deps, 'db' | 'bus'>, principal: Principal | null, input: unknown) {
  const { agentId } = parseInput(z.object({ agentId: z.string().min(1).max(100) }), input);
  const agent = await findManagedAgent(deps, principal, agentId);
  await revokeAgentSessions(deps, agent, 'SESSIONS_REVOKED');
  return agent;
}
