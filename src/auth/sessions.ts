// Agent sessions: every sign-in is an AgentSession row whose id the token carries (sid), so a
// token can be revoked before it expires. authenticate() checks the row on every HTTP request
// and WebSocket operation; revocations are published so open sockets close at once everywhere.
import type { Deps } from '../deps.ts';
import { topics, type AccessChangedPayload } from '../events/topics.ts';
import { issueToken } from './tokens.ts';

interface SessionAgent {
  id: string;
  workspaceId: string;
}

/** Starts a session for an agent that proved who it is, and returns its bearer token. */
export async function startAgentSession(deps: Pick<Deps, 'db' | 'config' | 'secret'>, agent: SessionAgent): Promise<string> {
  const ttlSeconds = deps.config.auth.agentTokenTtlSeconds;
  const now = new Date();
  // Expired sessions of the agent go at each sign-in, so the table holds about the live ones.
  await deps.db.agentSession.deleteMany({ where: { agentId: agent.id, expiresAt: { lt: now } } });
  const session = await deps.db.agentSession.create({ data: { agentId: agent.id, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) } });
  return issueToken(deps.secret, { kind: 'a', sub: agent.id, ws: agent.workspaceId, sid: session.id }, ttlSeconds);
}

/** Tells every process that a subject's access changed; its open sockets re-authenticate. */
export async function publishAccessChanged(deps: Pick<Deps, 'bus'>, payload: AccessChangedPayload): Promise<void> {
  await deps.bus.publish(topics.access(), payload);
}

/**
 * Revokes an agent's sessions: one (`onlySessionId`, sign-out), all but one (`exceptSessionId`,
 * password change) or all of them (reset, deactivation).
 */
export async function revokeAgentSessions(
  deps: Pick<Deps, 'db' | 'bus'>,
  agent: SessionAgent,
  reason: AccessChangedPayload['reason'],
  options: { onlySessionId?: string; exceptSessionId?: string } = {},
): Promise<void> {
  const id = options.onlySessionId ?? (options.exceptSessionId ? { not: options.exceptSessionId } : undefined);
  await deps.db.agentSession.updateMany({ where: { agentId: agent.id, revokedAt: null, ...(id ? { id } : {}) }, data: { revokedAt: new Date() } });
  await publishAccessChanged(deps, { workspaceId: agent.workspaceId, subjectKind: 'AGENT', subjectId: agent.id, reason });
}
