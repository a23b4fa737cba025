import { builder } from '../graphql/builder.ts';
import { ConversationRef } from '../conversation-log/conversation.schema.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { streamWorkspaceEvents } from './stream-workspace-events.ts';
import type { WorkspaceEventJson } from './workspace-event-payload.ts';

const WorkspaceEventRef = builder.objectRef<WorkspaceEventJson>('WorkspaceEvent').implement({
  description: 'One event of the workspace stream (the same shape webhook bodies carry; README "Integrate a bot").',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique per event; webhook deliveries of it carry it as Kefu-Webhook-Id, so receivers can dedupe.' }),
    type: t.exposeString('type', { description: 'message.created, conversation.created, conversation.assigned, conversation.status_changed, conversation.priority_changed, conversation.rated or visitor.identified.' }),
    cursor: t.exposeString('cursor', { description: 'Opaque: store it once the event is handled, and pass it as `after` to resume right after this event.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was recorded.', resolve: (e) => e.createdAt }),
    conversation: t.field({ type: ConversationRef, nullable: true, description: 'The conversation it is about (as it is now).', resolve: (e) => e.conversation as never }),
    message: t.field({ type: MessageRef, nullable: true, description: 'The stored message, for message.created and the conversation events the log records.', resolve: (e) => e.message as never }),
    visitorId: t.exposeID('visitorId', { nullable: true, description: 'The visitor it is about.' }),
    data: t.field({ type: 'JSON', nullable: true, description: 'Details without a row of their own: { score, comment } for conversation.rated.', resolve: (e) => e.data }),
  }),
});

builder.subscriptionField('workspaceEvents', (t) =>
  t.field({
    type: WorkspaceEventRef,
    description:
      'Staff and BOT keys: every event of the workspace the caller may see (messages, conversation changes, ratings, identified visitors), in order. With `after` (the cursor of the last event handled), first replays everything since then (events are kept for workspaceEvents.retentionDays, 30 days by default; an older cursor gets CURSOR_EXPIRED), then streams live: nothing missed. BOT keys never get internal notes.',
    authScopes: { serve: true },
    args: { after: t.arg.string({ description: 'The cursor of the last event you handled; omit to receive only new events.' }) },
    subscribe: (_root, { after }, ctx) => streamWorkspaceEvents(ctx.deps, ctx.principal, { after }),
    resolve: (event) => event,
  }),
);
