import { z } from 'zod';
import { verifyPassword } from '../auth/passwords.ts';
import { issueToken } from '../auth/tokens.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';

const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(200),
});

export async function signIn(deps: Pick<Deps, 'db' | 'config' | 'secret'>, input: unknown) {
  const { email, password } = parseInput(signInInput, input);
  const agent = await deps.db.agent.findUnique({ where: { email } });
  // Verify against a dummy hash when the email is unknown so timing does not reveal accounts.
  const isValid = await verifyPassword(password, agent?.passwordHash ?? DUMMY_HASH);
  if (!agent || !isValid) throw new KefuError('INVALID_CREDENTIALS', 'The email or password is wrong; check both and try again.');
  const token = issueToken(deps.secret, { kind: 'a', sub: agent.id, ws: agent.workspaceId }, deps.config.auth.agentTokenTtlSeconds);
  return { agent, token };
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
