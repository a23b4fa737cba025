import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { CannedReply } from '../storage/models.ts';
import { deleteCannedReply, listCannedReplies, saveCannedReply } from './manage-canned-replies.ts';

const CannedReplyRef = builder.prismaObject('CannedReply', {
  description: 'A saved answer agents insert by typing /shortcut.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    shortcut: t.exposeString('shortcut', { description: 'Typed after / to find it.' }),
    body: t.exposeString('body', { description: 'Reply text.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
  }),
});

builder.queryField('cannedReplies', (t) =>
  t.prismaField({
    type: ['CannedReply'],
    description: 'Canned replies whose shortcut starts with, or body contains, the search text (staff).',
    authScopes: { staff: true },
    args: { search: t.arg.string({ description: 'Text after the /; empty lists all.' }), first: t.arg.int({ defaultValue: 20, description: 'How many, 0 to 100.' }) },
    resolve: (query, _root, { search, first }, ctx) => listCannedReplies(ctx.deps, ctx.principal, { search, first: first ?? 20 }, query),
  }),
);

const SaveCannedReplyInput = builder.inputType('SaveCannedReplyInput', {
  description: 'Input of saveCannedReply: without id it creates, with id it updates.',
  fields: (t) => ({
    id: t.id({ description: 'Reply to update.' }),
    shortcut: t.string({ required: true, description: 'Shortcut, e.g. refund.' }),
    body: t.string({ required: true, description: 'Reply text, at most limits.messageMaxBytes UTF-8 bytes (16 KB by default), as it is sent as a message.' }),
  }),
});

const CannedReplyPayload = builder.objectRef<{ cannedReply: CannedReply }>('SaveCannedReplyPayload').implement({
  description: 'Result of saveCannedReply.',
  fields: (t) => ({ cannedReply: t.field({ type: CannedReplyRef, description: 'The saved reply.', resolve: (p) => p.cannedReply }) }),
});

builder.mutationField('saveCannedReply', (t) =>
  t.field({
    type: CannedReplyPayload,
    description: 'Staff: create or update a canned reply.',
    args: { input: t.arg({ type: SaveCannedReplyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ cannedReply: await saveCannedReply(ctx.deps, ctx.principal, stripNulls(input)) }),
  }),
);

const DeleteCannedReplyInput = builder.inputType('DeleteCannedReplyInput', {
  description: 'Input of deleteCannedReply.',
  fields: (t) => ({ id: t.id({ required: true, description: 'Reply to delete.' }) }),
});

const DeleteCannedReplyPayload = builder.objectRef<{ deletedId: string }>('DeleteCannedReplyPayload').implement({
  description: 'Result of deleteCannedReply.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'Id of the deleted reply.' }) }),
});

builder.mutationField('deleteCannedReply', (t) =>
  t.field({
    type: DeleteCannedReplyPayload,
    description: 'Staff: delete a canned reply.',
    args: { input: t.arg({ type: DeleteCannedReplyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ deletedId: await deleteCannedReply(ctx.deps, ctx.principal, String(input.id)) }),
  }),
);
