import { builder } from '../graphql/builder.ts';
import type { Principal } from './principal.ts';

const ViewerKindEnum = builder.enumType('ViewerKind', {
  description: 'What kind of caller a token belongs to.',
  values: {
    AGENT: { description: 'A signed-in agent.' },
    VISITOR: { description: 'A website visitor with a widget session.' },
    API_KEY: { description: 'A bot or integration using an API key.' },
  },
});

export const Viewer = builder.objectRef<Principal>('Viewer').implement({
  description: 'The caller, as identified by its token.',
  fields: (t) => ({
    kind: t.field({
      type: ViewerKindEnum,
      description: 'Kind of caller.',
      resolve: (p) => ({ agent: 'AGENT', visitor: 'VISITOR', apiKey: 'API_KEY' })[p.kind] as 'AGENT' | 'VISITOR' | 'API_KEY',
    }),
    workspaceId: t.exposeID('workspaceId', { description: 'The caller’s workspace.' }),
    agent: t.prismaField({
      type: 'Agent',
      nullable: true,
      description: 'The agent, when the caller is one.',
      resolve: (query, p, _args, ctx) => (p.kind === 'agent' ? ctx.deps.db.agent.findUnique({ ...query, where: { id: p.id } }) : null),
    }),
    visitor: t.prismaField({
      type: 'Visitor',
      nullable: true,
      description: 'The visitor, when the caller is one.',
      resolve: (query, p, _args, ctx) => (p.kind === 'visitor' ? ctx.deps.db.visitor.findUnique({ ...query, where: { id: p.id } }) : null),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: 'Who is calling; null without a token.',
    resolve: (_root, _args, ctx) => ctx.principal,
  }),
);
