// The one JSON shape of a workspace event, as the workspaceEvents subscription and webhook bodies
// carry it (README "Integrate a bot"): the event, plus the message and conversation it is about.
import { toMessageJson } from '../conversation-log/append-event.ts';
import { toConversationJson } from '../conversation-log/publish-event.ts';
import type { Deps } from '../deps.ts';
import type { ConversationJson, MessageJson } from '../events/topics.ts';
import type { WorkspaceEvent } from '../storage/models.ts';
import { encodeWorkspaceCursor } from './workspace-event-cursor.ts';

export interface WorkspaceEventJson {
  /** Unique per event; the idempotency key of webhook deliveries (Kefu-Webhook-Id). */
  id: string;
  type: string;
  workspaceId: string;
  /** Resume the workspaceEvents subscription after this event with `after: cursor`. */
  cursor: string;
  createdAt: string;
  conversation: ConversationJson | null;
  message: MessageJson | null;
  visitorId: string | null;
  /** Event details without a row of their own (conversation.rated: { score, comment }). */
  data: unknown;
}

/** The events as JSON, with their messages and conversations read in two queries. */
export async function toWorkspaceEventPayloads(deps: Pick<Deps, 'db'>, events: WorkspaceEvent[]): Promise<WorkspaceEventJson[]> {
  const messageIds = [...new Set(events.flatMap((e) => (e.messageId ? [e.messageId] : [])))];
  const conversationIds = [...new Set(events.flatMap((e) => (e.conversationId ? [e.conversationId] : [])))];
  const [messages, conversations] = await Promise.all([
    messageIds.length ? deps.db.message.findMany({ where: { id: { in: messageIds } } }) : [],
    conversationIds.length ? deps.db.conversation.findMany({ where: { id: { in: conversationIds } } }) : [],
  ]);
  const messageById = new Map(messages.map((m) => [m.id, toMessageJson(m)]));
  const conversationById = new Map(conversations.map((c) => [c.id, toConversationJson(c)]));
  return events.map((event) => ({
    id: event.id,
    type: event.type,
    workspaceId: event.workspaceId,
    cursor: encodeWorkspaceCursor(event.position),
    createdAt: event.createdAt.toISOString(),
    conversation: (event.conversationId && conversationById.get(event.conversationId)) || null,
    message: (event.messageId && messageById.get(event.messageId)) || null,
    visitorId: event.visitorId ?? conversationById.get(event.conversationId ?? '')?.visitorId ?? null,
    data: event.data ?? null,
  }));
}
