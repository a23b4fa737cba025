// Serves the queue in order while agents have room. Called after anything that may free a slot
// or add a conversation (enqueue, resolve, an agent coming online) and by the periodic sweep.
// Safe to run in several processes at once: every assignment is a claim only one can win, and
// a conversation that finds no agent blocks the ones behind it that need the same kind of agent,
// so nobody overtakes an earlier visitor of the same priority.
import type { Deps } from '../../deps.ts';
import { findAvailableAgents } from '../assignment/find-available-agents.ts';
import { listWaiting, routingGroupOf } from './list-waiting.ts';
import { routeConversation } from '../assignment/route-conversation.ts';

export async function drainQueue(deps: Deps, workspaceId: string): Promise<number> {
  // Cheap exit for the common busy case: no online agent of the workspace has room at all.
  const anyRoom = await findAvailableAgents(deps, { workspaceId, departmentId: null, skills: [], language: null });
  if (anyRoom.length === 0) return 0;
  const waiting = await listWaiting(deps, workspaceId);
  const blocked = new Set<string>();
  let assigned = 0;
  for (const conversation of waiting) {
    const group = routingGroupOf(conversation);
    if (blocked.has(group)) continue;
    const outcome = await routeConversation(deps, conversation.id);
    if (outcome === 'assigned') assigned++;
    if (outcome === 'no-agent') blocked.add(group);
  }
  return assigned;
}
