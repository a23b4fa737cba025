import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { requireAdmin } from './access.ts';
import { generateApiKey } from './api-keys.ts';
import type { Principal } from './principal.ts';
import { publishAccessChanged } from './sessions.ts';
import { callerKey } from '../rate-limits.ts';

export async function createApiKey(deps: Pick<Deps, 'db' | 'config' | 'limiter'>, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const data = parseInput(
    z.object({ name: z.string().trim().min(1, 'Name the key after what uses it').max(deps.config.limits.textMaxLength), role: z.enum(['ADMIN', 'BOT']).default('BOT') }),
    input,
  );
  const { token, prefix, tokenHash } = generateApiKey();
  const apiKey = await deps.db.apiKey.create({ data: { workspaceId: admin.workspaceId, name: data.name, role: data.role, prefix, tokenHash } });
  return { apiKey, token };
}

/** The key stops working at once: HTTP requests fail, and every process closes its sockets with 4403. */
export async function revokeApiKey(deps: Pick<Deps, 'db' | 'bus'>, principal: Principal | null, input: { id: string }) {
  const admin = requireAdmin(principal);
  const { count } = await deps.db.apiKey.updateMany({
    where: { id: input.id, workspaceId: admin.workspaceId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new KefuError('NOT_FOUND', 'No active API key has this id in your workspace.');
  await publishAccessChanged(deps, { workspaceId: admin.workspaceId, subjectKind: 'API_KEY', subjectId: input.id, reason: 'API_KEY_REVOKED' });
  return deps.db.apiKey.findUniqueOrThrow({ where: { id: input.id } });
}
