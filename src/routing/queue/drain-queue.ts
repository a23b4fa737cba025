// Serves the queue in order while agents have room. Called after anything that may free a slot
// or add a conversation (enqueue, resolve, an agent coming online) and by the periodic sweep.
// Safe to run in several processes at once: every assignment is a claim only one can win, and
// a conversation that finds no agent blocks the ones behind it that need the same kind of agent,
// so nobody overtakes an earlier visitor of the same priority.
import type { Deps } from '../../deps.ts';
import { findAvailableAgents } from '../assignment/find-available-agents.ts';
import { listWaiting, routingGroupOf } from './list-waiting.ts';
import { routeConversation } from '../assignment/route-conversation.ts';

interface Drain {
  isPassAsked: boolean;
  done: Promise<number>;
}

const drainsByApp = new WeakMap<Deps, Map<string, Drain>>();

/**
 * One drain of a workspace runs at a time in a process. A call while one runs asks for one more
 * pass and resolves, with the others, when that pass is done, so it still sees its conversation
 * served. Without this a burst of N new conversations ran N drains at once, each trying to claim
 * the same first waiting conversations: up to N claims per free slot, every one a transaction on
 * the agent's (and on MySQL the workspace's) lock. Resolves with the number assigned.
 */
export function drainQueue(deps: Deps, workspaceId: string): Promise<number> {
  let drains = drainsByApp.get(deps);
  if (!drains) drainsByApp.set(deps, (drains = new Map()));
  const running = drains.get(workspaceId);
  if (running) {
    running.isPassAsked = true;
    return running.done;
  }
  const drain: Drain = { isPassAsked: true, done: Promise.resolve(0) };
  drains.set(workspaceId, drain);
  drain.done = (async () => {
    try {
      let assigned = 0;
      while (drain.isPassAsked) {
        drain.isPassAsked = false;
        assigned += await drainOnce(deps, workspaceId);
      }
      return assigned;
    } finally {
      // In the same turn as the loop's last check: no call can join a drain that will not pass again.
      drains.delete(workspaceId);
    }
  })();
  return drain.done;
}

async function drainOnce(deps: Deps, workspaceId: string): Promise<number> {
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
