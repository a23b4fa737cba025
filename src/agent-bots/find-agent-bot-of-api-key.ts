// Which agent bot an API key writes as (null for keys of plain integrations).
import type { Deps } from '../deps.ts';
import type { AgentBot } from '../storage/models.ts';

export async function findAgentBotOfApiKey(deps: Pick<Deps, 'db'>, apiKeyId: string): Promise<AgentBot | null> {
  const key = await deps.db.apiKey.findUnique({ where: { id: apiKeyId }, select: { agentBot: true } });
  return key?.agentBot ?? null;
}
