import { builder } from '../graphql/builder.ts';
import type { Message } from '../storage/models.ts';
import type { MessageJson } from '../events/topics.ts';
import { searchMessages } from './search-messages.ts';
import { sendMessage } from './send-message.ts';

const AuthorTypeEnum = builder.enumType('AuthorType', {
  description: 'Who wrote a message.',
  values: {
    VISITOR: { description: 'The visitor.' },
    AGENT: { description: 'A human agent.' },
    BOT: { description: 'The bot or an integration using an API key.' },
    SYSTEM: { description: 'Kefu itself.' },
  },
});

const MessageKindEnum = builder.enumType('MessageKind', {
  description: 'What a conversation event records.',
  values: {
    TEXT: { description: 'A chat message or internal note.' },
    STATUS_CHANGED: { description: 'The status changed; data has from and to.' },
    ASSIGNED: { description: 'The assignee changed; data has from and to agent ids.' },
    PRIORITY_CHANGED: { description: 'The priority changed (internal).' },
  },
});

// Events reach subscribers as JSON from the bus (dates as strings), and queries as Prisma rows.
export const MessageRef = builder.prismaObject('Message', {
  description: 'One event of a conversation: a message, an internal note or a change. Ordered by seq.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    conversationId: t.exposeID('conversationId', { description: 'Conversation it belongs to.' }),
    seq: t.exposeInt('seq', { description: 'Position in the conversation: gap-free for staff, increasing for everyone.' }),
    kind: t.expose('kind', { type: MessageKindEnum, description: 'What it records.' }),
    authorType: t.expose('authorType', { type: AuthorTypeEnum, description: 'Who wrote it.' }),
    authorAgentId: t.exposeID('authorAgentId', { nullable: true, description: 'Agent author, if any.' }),
    authorVisitorId: t.exposeID('authorVisitorId', { nullable: true, description: 'Visitor author, if any.' }),
    body: t.exposeString('body', { description: 'Text.' }),
    internal: t.exposeBoolean('internal', { description: 'Internal notes are never shown to visitors.' }),
    clientMessageId: t.exposeString('clientMessageId', { nullable: true, description: 'The sender’s idempotency key.' }),
    data: t.expose('data', { type: 'JSON', nullable: true, description: 'Structured details of change events.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was stored.', resolve: (m) => (m as Message | MessageJson).createdAt }),
    authorAgent: t.relation('authorAgent', { nullable: true, description: 'Agent author (costs a lookup; prefer authorAgentId in subscriptions).' }),
  }),
});

const SendMessageInput = builder.inputType('SendMessageInput', {
  description: 'Input of sendMessage.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation to send to.' }),
    body: t.string({ required: true, description: 'Text, at most limits.messageMaxBytes UTF-8 bytes (16 KB by default).' }),
    clientMessageId: t.string({ required: true, description: 'Client-generated id (a UUID): a retry with the same id returns the original message.' }),
    internal: t.boolean({ description: 'Staff only: an internal note, invisible to the visitor.' }),
  }),
});

const SendMessagePayload = builder.objectRef<{ message: Message; isDuplicate: boolean }>('SendMessagePayload').implement({
  description: 'Result of sendMessage.',
  fields: (t) => ({
    message: t.field({ type: MessageRef, description: 'The stored message (the original one for a retry).', resolve: (p) => p.message }),
    isDuplicate: t.exposeBoolean('isDuplicate', { description: 'True when this was a retry of an already stored message.' }),
  }),
});

builder.mutationField('sendMessage', (t) =>
  t.field({
    type: SendMessagePayload,
    description: 'Sends a message. When this returns, the message is stored with its seq and will reach every subscriber.',
    args: { input: t.arg({ type: SendMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendMessage(ctx.deps, ctx.principal, { ...input, internal: input.internal ?? false }),
  }),
);

builder.queryField('searchMessages', (t) =>
  t.field({
    type: [MessageRef],
    description: 'Full-text search over message history (Chinese and English), newest first (staff).',
    authScopes: { staff: true },
    args: {
      query: t.arg.string({ required: true, description: 'Words or Chinese phrases; all must match.' }),
      conversationId: t.arg.id({ description: 'Only in this conversation.' }),
      first: t.arg.int({ defaultValue: 20, description: 'Page size, at most 100.' }),
      offset: t.arg.int({ defaultValue: 0, description: 'Results to skip.' }),
    },
    resolve: (_root, args, ctx) =>
      searchMessages(ctx.deps, ctx.principal, { query: args.query, conversationId: args.conversationId ? String(args.conversationId) : null, first: args.first ?? 20, offset: args.offset ?? 0 }),
  }),
);
