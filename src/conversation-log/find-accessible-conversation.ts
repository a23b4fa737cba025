import { canAccessConversation } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { findConversationForSend, findConversationInWorkspace, type ConversationForSend } from '../storage/sql/conversation.ts';
import type { Conversation } from '../storage/models.ts';

/** The conversation if the caller may see it; NOT_FOUND otherwise (never reveals other tenants' ids). */
export async function findAccessibleConversation(deps: Pick<Deps, 'sql'>, principal: Principal | null, conversationId: string): Promise<Conversation> {
  return visibleTo(principal, principal ? await findConversationInWorkspace(deps.sql, conversationId, principal.workspaceId) : null);
}

/** findAccessibleConversation with only the columns a send checks (messages/send-message.ts). */
export async function findAccessibleConversationForSend(deps: Pick<Deps, 'sql'>, principal: Principal | null, conversationId: string): Promise<ConversationForSend> {
  return visibleTo(principal, principal ? await findConversationForSend(deps.sql, conversationId, principal.workspaceId) : null);
}

function visibleTo<C extends ConversationForSend>(principal: Principal | null, conversation: C | null): C {
  if (!conversation || !canAccessConversation(principal, conversation)) {
    throw new KefuError('NOT_FOUND', 'No conversation with this id is visible to you; check the id and your sign-in.');
  }
  return conversation;
}
