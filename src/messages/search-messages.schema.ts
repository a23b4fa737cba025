import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { searchMessages } from './search-messages.ts';

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
