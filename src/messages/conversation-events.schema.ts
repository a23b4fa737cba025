import { builder } from '../graphql/builder.ts';
import type { MessageJson } from '../events/topics.ts';
import { streamConversationEvents, type ResyncRequired } from '../conversation-log/stream-conversation-events.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';

const ResyncRequiredRef = builder.objectRef<ResyncRequired>('ResyncRequired').implement({
  description: 'Too many events were missed to replay: reload history with the messages connection, then subscribe again with afterSeq. The stream ends after this.',
  fields: (t) => ({
    conversationId: t.exposeID('conversationId', { description: 'The conversation.' }),
    afterSeq: t.exposeInt('afterSeq', { description: 'The afterSeq the subscription asked for.' }),
    latestSeq: t.exposeInt('latestSeq', { description: 'The newest seq now.' }),
  }),
});

const ConversationEvent = builder.unionType('ConversationEvent', {
  description: 'An item of a conversation stream.',
  types: [MessageRef, ResyncRequiredRef],
  resolveType: (value) => ('latestSeq' in value ? ResyncRequiredRef : MessageRef),
});

builder.subscriptionField('conversationEvents', (t) =>
  t.field({
    type: ConversationEvent,
    description:
      'Every event of a conversation in seq order. With afterSeq, first replays what came after it (resume after a reconnect), then streams live: no gap, no duplicate. See schema/PROTOCOL.md.',
    authScopes: { signedIn: true },
    args: {
      conversationId: t.arg.id({ required: true, description: 'Conversation to follow.' }),
      afterSeq: t.arg.int({ description: 'Last seq the client has; omit to receive only new events.' }),
    },
    subscribe: (_root, args, ctx) => streamConversationEvents(ctx.deps, ctx.principal, { conversationId: String(args.conversationId), afterSeq: args.afterSeq }),
    resolve: (event) => event as MessageJson | ResyncRequired as never,
  }),
);
