// Typing indicators: ephemeral bus events on the conversation's typing topic, never stored. The
// other side only: nobody receives their own, and typing an internal note (isInternal) reaches
// staff but never the visitor.
import { z } from 'zod';
import { canSeeInternal, isStaff, requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { createAsyncQueue } from '../events/async-queue.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { topics, type TypingPayload } from '../events/topics.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { accessLostError, watchConversationAccess } from '../conversation-log/watch-conversation-access.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';

export function participantOf(principal: Principal): string {
  return `${principal.kind}:${principal.id}`;
}

export async function setTyping(deps: Deps, principal: Principal | null, input: unknown): Promise<TypingPayload> {
  const caller = requirePrincipal(principal);
  await deps.limiter.take('typing', callerKey(caller));
  const data = parseInput(z.object({ conversationId: z.string().min(1).max(100), isTyping: z.boolean(), isInternal: z.boolean().default(false) }), input);
  if (data.isInternal && !isStaff(caller)) throw new KefuError('FORBIDDEN', 'Visitors cannot type internal notes; send without isInternal.');
  const conversation = await findAccessibleConversation(deps, caller, data.conversationId);
  const payload: TypingPayload = {
    conversationId: conversation.id,
    participant: participantOf(caller),
    participantKind: caller.kind === 'agent' ? 'AGENT' : caller.kind === 'visitor' ? 'VISITOR' : 'BOT',
    isTyping: data.isTyping,
    isInternal: data.isInternal,
  };
  await deps.bus.publish(topics.typing(conversation.id), payload);
  return payload;
}

/** Stopping the stream (return()) releases the bus listener at once, even while idle. */
export function streamTyping(deps: Deps, principal: Principal | null, conversationId: string): AsyncGenerator<TypingPayload> {
  return createCancelableStream((signal) => generateTyping(deps, principal, conversationId, signal));
}

async function* generateTyping(deps: Deps, principal: Principal | null, conversationId: string, signal: AbortSignal): AsyncGenerator<TypingPayload> {
  const conversation = await findAccessibleConversation(deps, principal, conversationId);
  const me = participantOf(principal!);
  const seesInternal = canSeeInternal(principal);
  const queue = createAsyncQueue<TypingPayload>(100, () => new KefuError('RATE_LIMITED', 'The typing stream fell behind; subscribe again.'));
  const unsubscribe = await deps.bus.subscribe(topics.typing(conversation.id), (event) => {
    if (event.participant !== me && (seesInternal || !event.isInternal)) queue.push(event);
  });
  const stopWatching = await watchConversationAccess(deps, principal, conversation, () => queue.close(accessLostError()));
  signal.addEventListener('abort', () => queue.close());
  try {
    for (let event = await queue.next(); event; event = await queue.next()) yield event;
  } finally {
    stopWatching();
    unsubscribe();
    queue.close();
  }
}
