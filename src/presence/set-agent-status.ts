import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { AgentStatus } from '../storage/models.ts';
import { parseInput } from '../validation.ts';
import { refreshAgentPresence } from './refresh-agent-presence.ts';

/** An agent sets the status they want: ONLINE takes conversations, AWAY and OFFLINE do not. */
export async function setAgentStatus(deps: Deps, principal: Principal | null, input: unknown): Promise<{ agentId: string; presence: AgentStatus | null }> {
  if (principal?.kind !== 'agent') throw new KefuError('FORBIDDEN', 'Only a signed-in agent sets their own status; sign in with signIn.');
  const data = parseInput(z.object({ status: z.enum(['ONLINE', 'AWAY', 'OFFLINE']) }), input);
  await deps.db.agent.update({ where: { id: principal.id }, data: { status: data.status } });
  return { agentId: principal.id, presence: await refreshAgentPresence(deps, principal.id) };
}
