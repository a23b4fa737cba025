import { conversationAccessFilter } from '../auth/access.ts';
import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import { ConversationPriorityEnum, ConversationStatusEnum } from '../conversation-log/conversation.schema.ts';
import { conversationFilterWhere } from './conversation-filter.ts';

const ConversationFilter = builder.inputType('ConversationFilter', {
  description: 'Narrows the conversation history; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: [ConversationStatusEnum], description: 'Any of these statuses.' }),
    priority: t.field({ type: [ConversationPriorityEnum], description: 'Any of these priorities.' }),
    assigneeId: t.id({ description: 'Assigned to this agent.' }),
    isUnassigned: t.boolean({ description: 'true: only the queue (no assignee).' }),
    departmentId: t.id({ description: 'Routed to this department.' }),
    subject: t.string({ description: 'The subject contains this text (any case).' }),
    number: t.int({ description: 'The conversation with this number (#42).' }),
    isSnoozed: t.boolean({ description: 'false: leave snoozed conversations out (the open inbox); true: only snoozed ones (staff and API keys).' }),
    tag: t.string({ description: 'Has the tag with this name (staff and API keys: tags are not shown to visitors).' }),
    visitorId: t.id({ description: 'Started by this visitor.' }),
    createdAfter: t.field({ type: 'DateTime', description: 'Started at or after.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Started before.' }),
  }),
});

builder.queryField('conversations', (t) =>
  t.prismaConnection({
    type: 'Conversation',
    cursor: 'id',
    description: 'Conversation history, most recently active first (a conversation written through another server process may take up to about 1 s to move up). Visitors see their own; agents their own and the queue; admins all.',
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: ConversationFilter, description: 'Conditions.' }) },
    resolve: async (query, _root, { filter }, ctx) => {
      const where = conversationFilterWhere(ctx.deps, ctx.principal!, filter ? stripNulls({ ...filter, assigneeId: filter.assigneeId && String(filter.assigneeId), visitorId: filter.visitorId && String(filter.visitorId), departmentId: filter.departmentId && String(filter.departmentId) }) : {});
      // This process's appends are in the order at once; other processes' within about a second.
      await ctx.deps.inboxOrder.flush();
      return ctx.deps.db.conversation.findMany({
        ...query,
        where: { AND: [conversationAccessFilter(ctx.principal!), where] },
        orderBy: [{ inboxOrderAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
);
