// Who is calling: resolved once per HTTP request or WebSocket connection from the bearer token.
import type { AgentRole, ApiKeyRole } from '../storage/models.ts';
import { findSessionAgent } from '../storage/sql/agent.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { findApiKeyByToken, API_KEY_PREFIX } from './api-keys.ts';
import { verifyToken, type TokenClaims } from './tokens.ts';

export type Principal =
  /** sessionId: the AgentSession of the token (null only for in-process callers such as `kefu demo`). */
  | { kind: 'agent'; id: string; workspaceId: string; role: AgentRole; sessionId: string | null }
  | { kind: 'visitor'; id: string; workspaceId: string }
  | { kind: 'apiKey'; id: string; workspaceId: string; role: ApiKeyRole };

export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match ? match[1]! : authorization.trim() || null;
}

/**
 * null for anonymous callers; throws UNAUTHENTICATED for a token that is present but not valid:
 * expired, malformed, a revoked key, a signed-out session or a deactivated agent. HTTP requests
 * call it once each; sockets at connect and again before every operation (transport/access-guard.ts).
 * `verified`: the claims this same token gave when its signature was checked before (a socket
 * re-checking the token it signed in with), so only the expiry and the session are checked again.
 */
export async function authenticate(deps: Pick<Deps, 'sql' | 'secret'>, token: string | null, verified?: TokenClaims | null): Promise<Principal | null> {
  if (!token) return null;
  if (token.startsWith(API_KEY_PREFIX)) {
    const key = await findApiKeyByToken(deps.sql, token);
    if (!key) throw new KefuError('UNAUTHENTICATED', 'The API key is unknown or revoked; create a new one with createApiKey.');
    return { kind: 'apiKey', id: key.id, workspaceId: key.workspaceId, role: key.role };
  }
  const claims = verified && verified.exp > Date.now() / 1000 ? verified : verifyToken(deps.secret, token);
  if (!claims) throw new KefuError('UNAUTHENTICATED', 'The token is invalid or expired; sign in (agents) or call startVisitorSession (visitors) again.');
  if (claims.kind === 'v') return { kind: 'visitor', id: claims.sub, workspaceId: claims.ws };
  // Every agent request and socket operation passes here, so this is prepared SQL (storage/sql/).
  if (!claims.sid) throw new KefuError('UNAUTHENTICATED', 'This token predates revocable sessions; sign in again.');
  const agent = await findSessionAgent(deps.sql, claims.sid, claims.sub);
  if (!agent) throw new KefuError('UNAUTHENTICATED', 'This session was signed out, or the account was deactivated or removed; sign in again.');
  return { kind: 'agent', id: agent.id, workspaceId: agent.workspaceId, role: agent.role, sessionId: claims.sid };
}
