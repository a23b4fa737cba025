// Presence as routing sees it: an agent who became ONLINE may take conversations waiting in the
// queue, so the queue is served at once. The one home of this rule: the WebSocket presence tracker
// gets it from app.ts, and setAgentStatus (routing/agent-availability.schema.ts) calls it.
import type { Deps } from '../../deps.ts';
import type { AgentStatus } from '../../storage/models.ts';
import { drainQueue } from './drain-queue.ts';

export async function serveOnlineAgent(deps: Deps, workspaceId: string, presence: AgentStatus | null): Promise<void> {
  if (presence === 'ONLINE') await drainQueue(deps, workspaceId);
}
