import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { Conversation, Message } from '../storage/models.ts';
import { ConversationRef } from '../conversation-log/conversation.schema.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { leaveMessage } from './leave-message.ts';

builder.prismaObjectFields('Conversation', (t) => ({
  leftMessageAt: t.expose('leftMessageAt', { type: 'DateTime', nullable: true, description: 'When the visitor last left a message with the leave-a-message form; null: never.' }),
}));

const LeaveMessageInput = builder.inputType('LeaveMessageInput', {
  description: 'Input of leaveMessage: the leave-a-message form.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The visitor’s conversation.' }),
    name: t.string({ description: 'The visitor’s name (kept on their profile).' }),
    email: t.string({ required: true, description: 'Where to reply (kept on the visitor’s profile).' }),
    message: t.string({ required: true, description: 'The message, at most limits.messageMaxBytes UTF-8 bytes.' }),
    clientMessageId: t.string({ required: true, description: 'Client-generated id (a UUID): a retry returns the original.' }),
  }),
});

const LeaveMessagePayload = builder.objectRef<{ message: Message; conversation: Conversation | null; isDuplicate: boolean }>('LeaveMessagePayload').implement({
  description: 'Result of leaveMessage.',
  fields: (t) => ({
    message: t.field({ type: MessageRef, description: 'The stored LEFT_MESSAGE event (the original one for a retry).', resolve: (p) => p.message }),
    conversation: t.field({ type: ConversationRef, nullable: true, description: 'The conversation after it; null for a retry.', resolve: (p) => p.conversation }),
    isDuplicate: t.exposeBoolean('isDuplicate', { description: 'True when this was a retry of a stored message.' }),
  }),
});

builder.mutationField('leaveMessage', (t) =>
  t.field({
    type: LeaveMessagePayload,
    description: 'Visitors: leave a message with name and email when nobody is available. Stored as a LEFT_MESSAGE event the bot never answers, marked for agents, and emailed to the team when email is configured.',
    args: { input: t.arg({ type: LeaveMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => leaveMessage(ctx.deps, ctx.principal, { ...stripNulls(input), conversationId: String(input.conversationId) }),
  }),
);
