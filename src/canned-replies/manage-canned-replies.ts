import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { messageBodySchema } from '../conversation-log/message-body.ts';
import { KefuError } from '../errors.ts';
import { mapPrismaErrors } from '../storage/prisma-errors.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';

function cannedReplyFields(deps: Pick<Deps, 'config'>) {
  return {
    shortcut: z.string().trim().toLowerCase().regex(/^[\p{L}\p{N}_-]{1,50}$/u, 'Use 1–50 letters, digits, _ or - (typed after /)'),
    body: z.string().trim().min(1, 'Write the reply text').pipe(messageBodySchema(deps.config.limits.messageMaxBytes)),
  };
}

export async function saveCannedReply(deps: Pick<Deps, 'db' | 'config' | 'limiter'>, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  await deps.limiter.take('creates', callerKey(staff));
  const data = parseInput(z.object({ id: z.string().max(100).optional(), ...cannedReplyFields(deps) }), input);
  return mapPrismaErrors('A canned reply with this shortcut', async () => {
    if (!data.id) return deps.db.cannedReply.create({ data: { workspaceId: staff.workspaceId, shortcut: data.shortcut, body: data.body } });
    const { count } = await deps.db.cannedReply.updateMany({ where: { id: data.id, workspaceId: staff.workspaceId }, data: { shortcut: data.shortcut, body: data.body } });
    if (count === 0) throw new KefuError('NOT_FOUND', 'No canned reply has this id in your workspace.');
    return deps.db.cannedReply.findUniqueOrThrow({ where: { id: data.id } });
  });
}

export async function deleteCannedReply(deps: Pick<Deps, 'db'>, principal: Principal | null, id: string) {
  const staff = requireStaff(principal);
  const { count } = await deps.db.cannedReply.deleteMany({ where: { id, workspaceId: staff.workspaceId } });
  if (count === 0) throw new KefuError('NOT_FOUND', 'No canned reply has this id in your workspace.');
  return id;
}
