import { builder } from '../graphql/builder.ts';

export const TagRef = builder.prismaObject('Tag', {
  description: 'A label on conversations.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'Unique name in the workspace.' }),
    color: t.exposeString('color', { nullable: true, description: 'Display colour, e.g. #ff8800.' }),
  }),
});

builder.queryField('tags', (t) =>
  t.prismaField({
    type: ['Tag'],
    description: 'All tags of the workspace, by name (staff and BOT keys).',
    authScopes: { serve: true },
    resolve: (query, _root, _args, ctx) => ctx.deps.db.tag.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: { name: 'asc' }, take: 1000 }),
  }),
);
