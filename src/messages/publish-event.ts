// After commit: tell the conversation's subscribers and the workspace inbox. A failed publish is
// retried by the bus and then logged and counted; subscribers still get the event from storage
// (gap detection by prevSeq, or resume by afterSeq), so nothing acknowledged is lost.
import type { Deps } from '../deps.ts';
import { topics, type ConversationEventPayload, type ConversationJson, type InboxEventPayload } from '../events/topics.ts';
import type { Conversation } from '../storage/models.ts';
import { currentTraceparent } from '../tracing/in-span.ts';
import type { AppendedEvent } from './append-event.ts';

export function toConversationJson(conversation: Conversation): ConversationJson {
  return Object.fromEntries(
    Object.entries(conversation).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  ) as ConversationJson;
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
    deps.bus.publish(topics.inbox(last.conversation.workspaceId), {
      reason,
      conversation: toConversationJson(last.conversation),
      message: last.payload.message,
    }),
  ]);
}
