import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.ts';
import { startAgentSession } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { mapPrismaErrors } from '../storage/prisma-errors.ts';
import { parseInput } from '../validation.ts';
import { agentFields } from '../agents/agent-input.ts';
import { generateIdentitySecret } from '../visitors/identity-verification.ts';

function createWorkspaceInput(textMaxLength: number) {
  return z.object({
    name: z.string().trim().min(1, 'Give the workspace a name').max(textMaxLength),
    owner: z.object(agentFields(textMaxLength)),
  });
}

function generateWidgetKey(): string {
  return 'wk_' + randomBytes(12).toString('base64url');
}

/**
 * Creates a workspace and its OWNER agent, and signs the owner in. Agent emails are unique per
 * workspace, so this succeeds the same way whether or not the email has accounts elsewhere: public
 * sign-up is no account oracle (README "Security").
 */
export async function createWorkspace(deps: Pick<Deps, 'db' | 'config' | 'secret'>, input: unknown) {
  const data = parseInput(createWorkspaceInput(deps.config.limits.textMaxLength), input);
  const passwordHash = await hashPassword(data.owner.password);
  const workspace = await mapPrismaErrors('An agent with this email', 'email', () =>
    deps.db.workspace.create({
      data: {
        name: data.name,
        widgetKey: generateWidgetKey(),
        identitySecret: generateIdentitySecret(),
        agents: { create: { email: data.owner.email, name: data.owner.name, passwordHash, role: 'OWNER' } },
      },
      include: { agents: true },
    }),
  );
  const owner = workspace.agents[0]!;
  const token = await startAgentSession(deps, owner);
  return { workspace, agent: owner, token };
}
