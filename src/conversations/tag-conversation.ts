import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { publishInboxChange } from '../conversation-log/publish-event.ts';
import { parseInput } from '../validation.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { callerKey } from '../rate-limits.ts';

/** Adds and removes tags by name; unknown names create the tag in the workspace. */
export async function tagConversation(deps: Deps, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  await deps.limiter.take('creates', callerKey(staff));
  const name = z.string().trim().min(1).max(50);
  const data = parseInput(
    z.object({ conversationId: z.string().min(1).max(100), add: z.array(name).max(20).default([]), remove: z.array(name).max(20).default([]) }),
    input,
  );
  const conversation = await findAccessibleConversation(deps, staff, data.conversationId);
  await deps.db.$transaction(async (tx) => {
    for (const tagName of data.add) {
      const tag = await tx.tag.upsert({ where: { workspaceId_name: { workspaceId: staff.workspaceId, name: tagName } }, create: { workspaceId: staff.workspaceId, name: tagName }, update: {} });
      await tx.conversationTag.upsert({ where: { conversationId_tagId: { conversationId: conversation.id, tagId: tag.id } }, create: { conversationId: conversation.id, tagId: tag.id }, update: {} });
    }
    if (data.remove.length > 0) {
      await tx.conversationTag.deleteMany({ where: { conversationId: conversation.id, tag: { workspaceId: staff.workspaceId, name: { in: data.remove } } } });
    }
  });
  await publishInboxChange(deps, 'UPDATED', conversation);
  return conversation;
}
