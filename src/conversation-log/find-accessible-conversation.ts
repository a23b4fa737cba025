import { canAccessConversation } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { findConversationInWorkspace } from '../storage/sql/conversation.ts';
import type { Conversation } from '../storage/models.ts';

/** The conversation if the caller may see it; NOT_FOUND otherwise (never reveals other tenants' ids). */
export async function findAccessibleConversation(deps: Pick<Deps, 'sql'>, principal: Principal | null, conversationId: string): Promise<Conversation> {
  const conversation = principal ? await findConversationInWorkspace(deps.sql, conversationId, principal.workspaceId) : null;
  if (!conversation || !canAccessConversation(principal, conversation)) throw conversationNotVisible();
  return conversation;
}

/** The one answer for a conversation that does not exist and one the caller may not see. */
export const conversationNotVisible = () => new KefuError('NOT_FOUND', 'No conversation with this id is visible to you; check the id and your sign-in.');
