// Signed bearer tokens for agents and visitors: kefu1.<payload>.<hmac>. Stateless, so a
// WebSocket or HTTP request is authenticated without a database read for visitors. API keys are
// different: random secrets stored hashed (api-keys.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  /** a = agent, v = visitor */
  kind: 'a' | 'v';
  sub: string;
  ws: string;
  /** Agent tokens: the AgentSession row every request checks (src/auth/sessions.ts). */
  sid?: string;
  /** expiry, unix seconds */
  exp: number;
}

const PREFIX = 'kefu1';

function sign(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function issueToken(secret: string, claims: Omit<TokenClaims, 'exp'>, ttlSeconds: number): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + ttlSeconds })).toString('base64url');
  return `${PREFIX}.${payload}.${sign(secret, `${PREFIX}.${payload}`)}`;
}

/** The claims of a valid, unexpired token, or null. */
export function verifyToken(secret: string, token: string): TokenClaims | null {
  // Exactly three segments: `<valid token>.anything` must not pass because the signature only
  // covers the first two (issue 12, item 7).
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [prefix, payload, signature] = parts as [string, string, string];
  if (prefix !== PREFIX || !payload || !signature) return null;
  const expected = Buffer.from(sign(secret, `${PREFIX}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as TokenClaims;
    return claims.exp > Date.now() / 1000 ? claims : null;
  } catch {
    return null;
  }
}
