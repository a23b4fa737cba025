import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { isUniqueViolation } from '../storage/prisma-errors.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';
import { recordWorkspaceEvent } from '../workspace-events/record-workspace-event.ts';

/** The visitor rates a resolved conversation 1–5 with an optional comment, once. */
export async function rateConversation(deps: Deps, principal: Principal | null, input: unknown) {
  if (principal?.kind !== 'visitor') throw new KefuError('FORBIDDEN', 'Only the visitor of the conversation rates it; use the visitor token.');
  await deps.limiter.take('creates', callerKey(principal));
  const data = parseInput(z.object({ conversationId: z.string().min(1).max(100), score: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).optional() }), input);
  const conversation = await findAccessibleConversation(deps, principal, data.conversationId);
  if (conversation.status !== 'RESOLVED' && conversation.status !== 'CLOSED') throw new KefuError('CONFLICT', 'Rate the conversation after an agent resolves it.');
  try {
    const rating = await deps.db.csatRating.create({ data: { conversationId: conversation.id, workspaceId: conversation.workspaceId, score: data.score, comment: data.comment } });
    await recordWorkspaceEvent(deps, { workspaceId: conversation.workspaceId, type: 'conversation.rated', conversationId: conversation.id, data: { score: rating.score, comment: rating.comment } });
    return rating;
  } catch (error) {
    if (isUniqueViolation(error)) throw new KefuError('CONFLICT', 'This conversation was already rated; a rating cannot be changed.');
    throw error;
  }
}
