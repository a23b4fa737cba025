// After commit: tell the conversation's subscribers and the workspace inbox; the one place that
// publishes to either topic. A failed publish is retried by the bus and then logged and counted;
// subscribers still get the event from storage (gap detection by prevSeq, or resume by afterSeq),
// so nothing acknowledged is lost.
import type { Deps } from '../deps.ts';
import { type ConversationEventPayload, type ConversationJson, type InboxEventPayload, type MessageJson, topics } from '../events/topics.ts';
import type { Conversation, Message } from '../storage/models.ts';
import { currentTraceparent } from '../tracing/in-span.ts';
import { toMessageJson, type AppendedEvent } from './append-event.ts';

// Once per stored message (the inbox payload): a for…in loop over the row's own columns is half
// the cost of entries → map → fromEntries, which made three arrays per column.
export function toConversationJson(conversation: Conversation): ConversationJson {
  const json: Record<string, unknown> = {};
  for (const key in conversation) {
    const value = conversation[key as keyof Conversation];
    json[key] = value instanceof Date ? value.toISOString() : value;
  }
  return json as ConversationJson;
}

function withTraceparent(payload: ConversationEventPayload): ConversationEventPayload {
  const traceparent = currentTraceparent();
  return traceparent ? { ...payload, traceparent } : payload;
}

export async function publishEvents(deps: Pick<Deps, 'bus'>, appended: AppendedEvent[], reason: InboxEventPayload['reason'] = 'MESSAGE'): Promise<void> {
  const last = appended.at(-1);
  if (!last) return;
  await Promise.all([
    ...appended.map((a) => deps.bus.publish(topics.conversation(a.message.conversationId), withTraceparent(a.payload))),
    publishInboxChange(deps, reason, last.conversation, last.payload.message),
  ]);
}

/**
 * A stored message announced again, when a retry of its send finds it: the process that stored it
 * may have died between its commit and its publish. Its true predecessors are not read, so the
 * previous seqs are the highest they can be: a stream that already sent it drops it, and one that
 * is behind reads what it missed from storage before it.
 */
export function republishEvent(deps: Pick<Deps, 'bus'>, message: Message): Promise<void> {
  const prevSeq = message.seq - 1;
  return deps.bus.publish(topics.conversation(message.conversationId), { message: toMessageJson(message), prevSeq, prevVisitorSeq: prevSeq });
}

/** The workspace inbox only: a conversation changed without a new event (created, tagged, …). */
export function publishInboxChange(deps: Pick<Deps, 'bus'>, reason: InboxEventPayload['reason'], conversation: Conversation, message: MessageJson | null = null): Promise<void> {
  return deps.bus.publish(topics.inbox(conversation.workspaceId), { reason, conversation: toConversationJson(conversation), message });
}
