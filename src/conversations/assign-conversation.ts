import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { appendEvents } from '../messages/append-event.ts';
import { publishEvents } from '../messages/publish-event.ts';
import { authorOf } from '../messages/send-message.ts';
import { parseInput } from '../validation.ts';
import { findAccessibleConversation } from './find-accessible-conversation.ts';

/** Assigns to an agent of the same workspace, or back to the queue with agentId null. */
export async function assignConversation(deps: Deps, principal: Principal | null, input: unknown) {
  const staff = requireStaff(principal);
  const data = parseInput(z.object({ conversationId: z.string().min(1).max(100), agentId: z.string().min(1).max(100).nullable() }), input);
  const conversation = await findAccessibleConversation(deps, staff, data.conversationId);
  const agent = data.agentId ? await deps.db.agent.findFirst({ where: { id: data.agentId, workspaceId: staff.workspaceId } }) : null;
  if (data.agentId && !agent) throw new KefuError('NOT_FOUND', 'No agent with this id is in your workspace.');
  if (conversation.assigneeId === (agent?.id ?? null)) return conversation;
  const appended = await appendEvents(
    deps,
    [
      {
        workspaceId: staff.workspaceId,
        conversationId: conversation.id,
        kind: 'ASSIGNED',
        ...authorOf(staff),
        body: agent ? `${agent.name} joined the conversation` : 'The conversation is waiting for an agent',
        data: { from: conversation.assigneeId, to: agent?.id ?? null },
      },
    ],
    { assigneeId: agent?.id ?? null },
  );
  await publishEvents(deps, appended, 'UPDATED');
  return appended[0]!.conversation;
}
