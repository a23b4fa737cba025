import { canServe, conversationAccessFilter } from '../auth/access.ts';
import { KefuError } from '../errors.ts';
import { builder } from '../graphql/builder.ts';
import { ConversationStatusEnum } from '../conversation-log/conversation.schema.ts';

const ConversationFilter = builder.inputType('ConversationFilter', {
  description: 'Narrows the conversation history; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: [ConversationStatusEnum], description: 'Any of these statuses.' }),
    assigneeId: t.id({ description: 'Assigned to this agent.' }),
    isUnassigned: t.boolean({ description: 'true: only the queue (no assignee).' }),
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
    description: 'Conversation history, most recently active first. Visitors see their own; agents their own and the queue; admins all.',
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: ConversationFilter, description: 'Conditions.' }) },
    resolve: (query, _root, { filter }, ctx) => {
      // Filtering by tag would tell a visitor which staff tags their conversation has.
      if (filter?.tag && !canServe(ctx.principal)) throw new KefuError('FORBIDDEN', 'Visitors cannot filter by tag; leave filter.tag out.');
      return ctx.deps.db.conversation.findMany({
        ...query,
        where: {
          AND: [
            conversationAccessFilter(ctx.principal!),
            {
              ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
              ...(filter?.assigneeId ? { assigneeId: String(filter.assigneeId) } : {}),
              ...(filter?.isUnassigned ? { assigneeId: null } : {}),
              ...(filter?.tag ? { tags: { some: { tag: { name: filter.tag } } } } : {}),
              ...(filter?.visitorId ? { visitorId: String(filter.visitorId) } : {}),
              ...(filter?.createdAfter || filter?.createdBefore
                ? { createdAt: { ...(filter.createdAfter ? { gte: filter.createdAfter } : {}), ...(filter.createdBefore ? { lt: filter.createdBefore } : {}) } }
                : {}),
            },
          ],
        },
        orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
);
