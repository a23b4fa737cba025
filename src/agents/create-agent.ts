import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { mapPrismaErrors } from '../storage/prisma-errors.ts';
import { parseInput } from '../validation.ts';
import { agentFields } from './agent-input.ts';
import { callerKey } from '../rate-limits.ts';

export async function createAgent(deps: Pick<Deps, 'db' | 'config' | 'limiter'>, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const data = parseInput(
    z.object({ ...agentFields(deps.config.limits.textMaxLength), role: z.enum(['OWNER', 'ADMIN', 'AGENT']).default('AGENT') }),
    input,
  );
  if (data.role === 'OWNER' && !(admin.kind === 'agent' && admin.role === 'OWNER')) {
    throw new KefuError('FORBIDDEN', 'Only an owner may create another owner.');
  }
  const passwordHash = await hashPassword(data.password);
  return mapPrismaErrors('An agent with this email', 'email', () =>
    deps.db.agent.create({
      data: { workspaceId: admin.workspaceId, email: data.email, name: data.name, role: data.role, passwordHash },
    }),
  );
}
