import { z } from 'zod';
import { requirePrincipal } from '../../auth/access.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { findAccessibleConversation } from '../../conversation-log/find-accessible-conversation.ts';
import { parseInput } from '../../validation.ts';
import { enterRouting, routingRequestSchema } from './enter-routing.ts';
import { readQueueStatus } from './read-queue-status.ts';

/** A visitor asks for a person, or the bot hands off: the conversation enters routing. */
export async function requestAgent(deps: Deps, principal: Principal | null, input: unknown) {
  const caller = requirePrincipal(principal);
  const data = parseInput(routingRequestSchema.extend({ conversationId: z.string().min(1).max(100) }), input);
  const conversation = await findAccessibleConversation(deps, caller, data.conversationId);
  const { conversationId: _id, ...request } = data;
  await enterRouting(deps, conversation.id, request);
  return {
    conversation: await deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } }),
    queueStatus: await readQueueStatus(deps, conversation.id),
  };
}
