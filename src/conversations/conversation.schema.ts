import { canSeeInternal, conversationAccessFilter } from '../auth/access.ts';
import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { Conversation, Message } from '../storage/models.ts';
import { assignConversation } from './assign-conversation.ts';
import { startConversation } from './start-conversation.ts';
import { tagConversation } from './tag-conversation.ts';
import { updateConversation } from './update-conversation.ts';
import { MessageRef } from '../messages/message.schema.ts';
import { TagRef } from '../tags/tag.schema.ts';

export const ConversationStatusEnum = builder.enumType('ConversationStatus', {
  description: 'Where a conversation (ticket) stands.',
  values: {
    OPEN: { description: 'Needs attention.' },
    PENDING: { description: 'Waiting on the visitor or a third party.' },
    RESOLVED: { description: 'Answered; a new visitor message reopens it.' },
    CLOSED: { description: 'Finished; nobody can send until it is reopened.' },
  },
});

const ConversationPriorityEnum = builder.enumType('ConversationPriority', {
  description: 'How urgent a conversation is.',
  values: { LOW: { description: 'Low.' }, NORMAL: { description: 'Normal (default).' }, HIGH: { description: 'High.' }, URGENT: { description: 'Urgent.' } },
});

export const ConversationRef = builder.prismaObject('Conversation', {
  description: 'A conversation between a visitor and the workspace: the ticket.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    status: t.expose('status', { type: ConversationStatusEnum, description: 'Current status.' }),
    // Staff triage (priority, tags) is not the visitor's business: the `serve` tier of auth/access.ts.
    priority: t.expose('priority', { type: ConversationPriorityEnum, description: 'Current priority (staff and API keys).', authScopes: { serve: true } }),
    subject: t.exposeString('subject', { nullable: true, description: 'Short summary.' }),
    lastSeq: t.exposeInt('lastSeq', { description: 'seq of the newest event; pass it as afterSeq to resume.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it started.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
    lastMessageAt: t.expose('lastMessageAt', { type: 'DateTime', description: 'Time of the newest event.' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true, description: 'When it was last resolved.' }),
    visitor: t.relation('visitor', { description: 'Who started it.' }),
    assignee: t.relation('assignee', { nullable: true, description: 'Agent working on it; null while in the queue.' }),
    tags: t.field({
      type: [TagRef],
      description: 'Tags, by name (staff and API keys).',
      authScopes: { serve: true },
      select: { tags: { select: { tag: true } } },
      resolve: (c) => c.tags.map((ct) => ct.tag).sort((a, b) => a.name.localeCompare(b.name)),
    }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      description: 'Events in seq order; page backwards with last/before for infinite scroll. Visitors and BOT keys never see internal notes.',
      args: { afterSeq: t.arg.int({ description: 'Only events with a larger seq.' }) },
      query: (args, ctx) => ({
        where: { ...(canSeeInternal(ctx.principal) ? {} : { internal: false }), ...(args.afterSeq != null ? { seq: { gt: args.afterSeq } } : {}) },
        orderBy: { seq: 'asc' },
      }),
    }),
  }),
});

builder.queryField('conversation', (t) =>
  t.prismaField({
    type: 'Conversation',
    nullable: true,
    description: 'One conversation, if visible to the caller.',
    args: { id: t.arg.id({ required: true, description: 'Conversation id.' }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { id }, ctx) => ctx.deps.db.conversation.findFirst({ ...query, where: { id: String(id), ...conversationAccessFilter(ctx.principal!) } }),
  }),
);

const StartConversationFirstMessage = builder.inputType('StartConversationFirstMessageInput', {
  description: 'A message to send with the new conversation.',
  fields: (t) => ({
    body: t.string({ required: true, description: 'Message text.' }),
    clientMessageId: t.string({ required: true, description: 'Client-generated id (UUID) that makes retries safe.' }),
  }),
});

const StartConversationInput = builder.inputType('StartConversationInput', {
  description: 'Input of startConversation.',
  fields: (t) => ({
    subject: t.string({ description: 'Short summary.' }),
    forceNew: t.boolean({ description: 'Start a new conversation even if one is open. Default false.' }),
    firstMessage: t.field({ type: StartConversationFirstMessage, description: 'Optional first message.' }),
  }),
});

const StartConversationPayload = builder
  .objectRef<{ conversation: Conversation; message: Message | null; isNew: boolean }>('StartConversationPayload')
  .implement({
    description: 'Result of startConversation.',
    fields: (t) => ({
      conversation: t.field({ type: ConversationRef, description: 'The conversation.', resolve: (p) => p.conversation }),
      message: t.field({ type: MessageRef, nullable: true, description: 'The first message, if one was sent.', resolve: (p) => p.message }),
      isNew: t.exposeBoolean('isNew', { description: 'False when an open conversation was returned instead.' }),
    }),
  });

builder.mutationField('startConversation', (t) =>
  t.field({
    type: StartConversationPayload,
    description: 'Visitors: open a conversation (or get back the one already open).',
    args: { input: t.arg({ type: StartConversationInput, required: true }) },
    resolve: (_root, { input }, ctx) => startConversation(ctx.deps, ctx.principal, stripNulls(input)),
  }),
);

const ConversationPayload = builder.objectRef<{ conversation: Conversation }>('ConversationPayload').implement({
  description: 'A changed conversation.',
  fields: (t) => ({ conversation: t.field({ type: ConversationRef, description: 'The conversation after the change.', resolve: (p) => p.conversation }) }),
});

const UpdateConversationInput = builder.inputType('UpdateConversationInput', {
  description: 'Input of updateConversation. Omitted fields keep their value.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation to change.' }),
    status: t.field({ type: ConversationStatusEnum, description: 'New status.' }),
    priority: t.field({ type: ConversationPriorityEnum, description: 'New priority.' }),
    subject: t.string({ description: 'New subject.' }),
  }),
});

builder.mutationField('updateConversation', (t) =>
  t.field({
    type: ConversationPayload,
    description: 'Staff: change status (resolve, reopen, close), priority or subject.',
    args: { input: t.arg({ type: UpdateConversationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ conversation: await updateConversation(ctx.deps, ctx.principal, stripNulls(input)) }),
  }),
);

const AssignConversationInput = builder.inputType('AssignConversationInput', {
  description: 'Input of assignConversation.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation to assign.' }),
    agentId: t.id({ required: false, description: 'Agent to assign; null returns it to the queue.' }),
  }),
});

builder.mutationField('assignConversation', (t) =>
  t.field({
    type: ConversationPayload,
    description: 'Staff: assign to an agent or return to the queue.',
    args: { input: t.arg({ type: AssignConversationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      conversation: await assignConversation(ctx.deps, ctx.principal, { conversationId: input.conversationId, agentId: input.agentId ?? null }),
    }),
  }),
);

const TagConversationInput = builder.inputType('TagConversationInput', {
  description: 'Input of tagConversation.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation to tag.' }),
    add: t.stringList({ description: 'Tag names to add; new names create the tag.' }),
    remove: t.stringList({ description: 'Tag names to remove.' }),
  }),
});

builder.mutationField('tagConversation', (t) =>
  t.field({
    type: ConversationPayload,
    description: 'Staff: add and remove tags.',
    args: { input: t.arg({ type: TagConversationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ conversation: await tagConversation(ctx.deps, ctx.principal, stripNulls(input)) }),
  }),
);
