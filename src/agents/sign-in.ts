import { z } from 'zod';
import { verifyPassword } from '../auth/passwords.ts';
import { startAgentSession } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';

const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(200),
  workspaceId: z.string().max(100).optional(),
});

/** Accounts one sign-in checks; emails are unique per workspace, so one email may have several. */
const MAX_ACCOUNTS_PER_EMAIL = 10;

/**
 * Unknown email, wrong password and deactivated account give the same error after the same work
 * (one password hash per account on the email, a dummy hash when there is none), so neither the
 * answer nor its timing tells whether an email has an account.
 */
export async function signIn(deps: Pick<Deps, 'db' | 'config' | 'secret'>, input: unknown) {
  const { email, password, workspaceId } = parseInput(signInInput, input);
  const candidates = await deps.db.agent.findMany({
    where: { email, ...(workspaceId ? { workspaceId } : {}) },
    // Oldest first: accounts someone else later opened with the same email cannot crowd out yours.
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: MAX_ACCOUNTS_PER_EMAIL,
  });
  const matches = [];
  for (const agent of candidates) {
    if ((await verifyPassword(password, agent.passwordHash)) && !agent.deactivatedAt) matches.push(agent);
  }
  if (candidates.length === 0) await verifyPassword(password, DUMMY_HASH);
  const agent = matches[0];
  if (!agent) throw new KefuError('INVALID_CREDENTIALS', 'The email or password is wrong; check both and try again.');
  if (matches.length > 1) {
    // Safe to list: the caller proved the password of each of these accounts.
    const found = await deps.db.workspace.findMany({ where: { id: { in: matches.map((m) => m.workspaceId) } }, select: { id: true, name: true, createdAt: true }, orderBy: { createdAt: 'asc' } });
    // The creation date tells apart workspaces with the same name (the console shows it then).
    const workspaces = found.map((w) => ({ id: w.id, name: w.name, createdAt: w.createdAt.toISOString() }));
    throw new KefuError('BAD_USER_INPUT', `This email and password open ${matches.length} workspaces; pass workspaceId to choose one.`, {
      issues: [{ path: 'workspaceId', message: `Choose one of: ${workspaces.map((w) => `${w.id} (${w.name})`).join(', ')}` }],
      workspaces,
    });
  }
  return { agent, token: await startAgentSession(deps, agent) };
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
