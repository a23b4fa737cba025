import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { messageBodySchema } from '../conversation-log/message-body.ts';
import { KefuError } from '../errors.ts';
import { caseInsensitive } from '../storage/case-insensitive.ts';
import { mapPrismaErrors } from '../storage/prisma-errors.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';

function cannedReplyFields(deps: Pick<Deps, 'config'>) {
  return {
    shortcut: z.string().trim().toLowerCase().regex(/^[\p{L}\p{N}_-]{1,50}$/u, 'Use 1–50 letters, digits, _ or - (typed after /)'),
    body: z.string().trim().min(1, 'Write the reply text').pipe(messageBodySchema(deps.config.limits.messageMaxBytes)),
  };
}

const MAX_LISTED = 100;
const PAGE_SIZE_RULE = `first must be between 0 and ${MAX_LISTED}`;
const listInput = z.object({ search: z.string().nullish(), first: z.number().int().min(0, PAGE_SIZE_RULE).max(MAX_LISTED, PAGE_SIZE_RULE) });

/** The workspace's replies whose shortcut starts with, or body contains, the search text, in any case. */
export async function listCannedReplies(deps: Pick<Deps, 'db' | 'provider'>, principal: Principal | null, input: unknown, query: object = {}) {
  const staff = requireStaff(principal);
  const { search, first } = parseInput(listInput, input);
  const text = (search ?? '').replace(/^\//, '').trim().toLowerCase();
  const mode = caseInsensitive(deps.provider);
  // LIKE reads % and _ as wildcards and Prisma passes them on ("%" listed every reply): such a
  // search takes the database's wider answer and keeps the replies that hold the text itself.
  const hasWildcard = /[%_\\]/.test(text);
  const replies = await deps.db.cannedReply.findMany({
    ...query,
    where: { workspaceId: staff.workspaceId, ...(text ? { OR: [{ shortcut: { startsWith: text, ...mode } }, { body: { contains: text, ...mode } }] } : {}) },
    orderBy: { shortcut: 'asc' },
    ...(hasWildcard ? {} : { take: first }),
  });
  if (!hasWildcard) return replies;
  return replies.filter((reply) => reply.shortcut.startsWith(text) || reply.body.toLowerCase().includes(text)).slice(0, first);
}

export async function saveCannedReply(deps: Pick<Deps, 'db' | 'config' | 'limiter'>, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  await deps.limiter.take('creates', callerKey(staff));
  const data = parseInput(z.object({ id: z.string().max(100).optional(), ...cannedReplyFields(deps) }), input);
  return mapPrismaErrors('A canned reply with this shortcut', 'shortcut', async () => {
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
