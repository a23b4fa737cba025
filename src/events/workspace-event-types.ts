// The names of workspace events, as the workspace stream and webhook payloads carry them
// (README "Integrate a bot"). A contract like the topics: receivers switch on these strings.
import type { MessageKind } from '../storage/models.ts';

export const WORKSPACE_EVENT_TYPES = {
  'message.created': 'A message or internal note was stored (any author).',
  'conversation.created': 'A visitor started a conversation.',
  'conversation.assigned': 'Routing or a person assigned the conversation, transferred it or returned it to the queue.',
  'conversation.status_changed': 'The conversation was resolved, closed, set pending or reopened.',
  'conversation.priority_changed': 'The conversation priority changed.',
  'conversation.rated': 'The visitor rated the conversation (CSAT).',
  'visitor.identified': 'A visitor proved an external id with an identity hash.',
} as const;

export type WorkspaceEventType = keyof typeof WORKSPACE_EVENT_TYPES;

/** Reserved for agent bots: events sent to one bot's own target, never fanned out to endpoints. */
export const AGENT_BOT_EVENT_PREFIX = 'agent_bot.';

const BY_KIND: Record<MessageKind, WorkspaceEventType> = {
  TEXT: 'message.created',
  // A leave-a-message submission is a message too; Message.kind tells receivers it was left.
  LEFT_MESSAGE: 'message.created',
  ASSIGNED: 'conversation.assigned',
  STATUS_CHANGED: 'conversation.status_changed',
  PRIORITY_CHANGED: 'conversation.priority_changed',
};

/** The event a stored conversation event (a Message row of this kind) is. */
export function workspaceEventTypeOf(kind: MessageKind): WorkspaceEventType {
  return BY_KIND[kind];
}
