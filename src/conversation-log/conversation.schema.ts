import { canSeeInternal, conversationAccessFilter } from '../auth/access.ts';
import { builder } from '../graphql/builder.ts';
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

export const ConversationPriorityEnum = builder.enumType('ConversationPriority', {
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
