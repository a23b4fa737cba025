// Assignment strategies: each orders the available agents, best first. The router tries them in
// that order, so a candidate that filled up meanwhile just passes the turn to the next.
import { createHash } from 'node:crypto';
import type { RoutingStrategy } from '../storage/models.ts';
import type { AvailableAgent } from './find-available-agents.ts';

export interface StrategyContext {
  visitorId: string;
  /** The visitor's most recent agent, for STICKY. */
  lastAgentId: string | null;
}

const byLastAssigned = (a: AvailableAgent, b: AvailableAgent) =>
  (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0) || a.id.localeCompare(b.id);

/** Rendezvous (highest random weight) hashing: a visitor keeps its agent while the set barely changes. */
function hashScore(visitorId: string, agentId: string): number {
  return createHash('sha1').update(`${visitorId}\u0000${agentId}`).digest().readUInt32BE(0);
}

export function orderCandidates(strategy: RoutingStrategy, agents: AvailableAgent[], context: StrategyContext): AvailableAgent[] {
  switch (strategy) {
    case 'MANUAL':
      return [];
    case 'ROUND_ROBIN':
      return [...agents].sort(byLastAssigned);
    case 'LEAST_BUSY':
      return [...agents].sort((a, b) => a.openCount - b.openCount || byLastAssigned(a, b));
    case 'STICKY': {
      const hashed = [...agents].sort((a, b) => hashScore(context.visitorId, b.id) - hashScore(context.visitorId, a.id));
      const last = hashed.find((a) => a.id === context.lastAgentId);
      return last ? [last, ...hashed.filter((a) => a !== last)] : hashed;
    }
  }
}
