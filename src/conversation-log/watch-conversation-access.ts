// Access that ends while a stream is open. An AGENT-role agent may see a conversation only while
// it is unassigned or theirs, so an ASSIGNED event to someone else (assignment, transfer,
// reassignment) ends their streams of it: conversation events, typing and read receipts alike.
import { canAccessConversation } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { topics, type MessageJson } from '../events/topics.ts';

interface ConversationScope {
  id: string;
  workspaceId: string;
  visitorId: string;
}

export function accessLostError(): KefuError {
  return new KefuError('FORBIDDEN', 'This conversation was assigned to another agent; you no longer receive its events.');
}

/** True when `message` is an assignment that takes the conversation away from `principal`. */
export function isAccessLostBy(principal: Principal | null, conversation: ConversationScope, message: Pick<MessageJson, 'kind' | 'data'>): boolean {
  if (message.kind !== 'ASSIGNED') return false;
  const assigneeId = (message.data as { to?: string | null } | null)?.to ?? null;
  return !canAccessConversation(principal, { ...conversation, assigneeId });
}

/**
 * Calls `onLost` once an assignment takes the conversation away from `principal`; resolves with
 * the function that stops watching. Only AGENT-role agents can lose access this way, so for every
 * other caller nothing is subscribed.
 */
export async function watchConversationAccess(deps: Pick<Deps, 'bus'>, principal: Principal | null, conversation: ConversationScope, onLost: () => void): Promise<() => void> {
  if (principal?.kind !== 'agent' || principal.role !== 'AGENT') return () => {};
  return deps.bus.subscribe(topics.conversation(conversation.id), ({ message }) => {
    if (isAccessLostBy(principal, conversation, message)) onLost();
  });
}
