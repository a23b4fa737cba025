// After commit: tell the conversation's subscribers and the workspace inbox; the one place that
// publishes to either topic. A failed publish is retried by the bus and then logged and counted;
// subscribers still get the event from storage (gap detection by prevSeq, or resume by afterSeq),
// so nothing acknowledged is lost.
import type { Deps } from '../deps.ts';
import { type ConversationEventPayload, type ConversationJson, type InboxEventPayload, type MessageJson, topics } from '../events/topics.ts';
import type { Conversation } from '../storage/models.ts';
import { currentTraceparent } from '../tracing/in-span.ts';
import type { AppendedEvent } from './append-event.ts';

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

/** The workspace inbox only: a conversation changed without a new event (created, tagged, …). */
export function publishInboxChange(deps: Pick<Deps, 'bus'>, reason: InboxEventPayload['reason'], conversation: Conversation, message: MessageJson | null = null): Promise<void> {
  return deps.bus.publish(topics.inbox(conversation.workspaceId), { reason, conversation: toConversationJson(conversation), message });
}
