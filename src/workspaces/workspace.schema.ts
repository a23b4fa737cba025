import { isAdmin } from '../auth/access.ts';
import { builder } from '../graphql/builder.ts';
import { badInput, KefuError } from '../errors.ts';
import type { Agent, Workspace } from '../storage/models.ts';
import { createWorkspace } from './create-workspace.ts';
import { isDemoAddress } from './create-demo-workspace.ts';
import { AgentRef } from '../agents/agent.schema.ts';

export const WorkspaceRef = builder.prismaObject('Workspace', {
  description: 'A tenant: one company or site with its agents, visitors and conversations.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    widgetKey: t.exposeString('widgetKey', { description: 'Public key the chat widget sends to startVisitorSession.' }),
    defaultReply: t.exposeString('defaultReply', { nullable: true, description: 'What the bot answers when nothing else fits.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

builder.queryField('workspace', (t) =>
  t.prismaField({
    type: 'Workspace',
    description: 'The caller’s workspace.',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.deps.db.workspace.findUniqueOrThrow({ ...query, where: { id: ctx.principal!.workspaceId } }),
  }),
);

const CreateWorkspaceOwnerInput = builder.inputType('CreateWorkspaceOwnerInput', {
  description: 'The first agent of a new workspace; becomes its OWNER.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Sign-in email.' }),
    name: t.string({ required: true, description: 'Name shown to visitors.' }),
    password: t.string({ required: true, description: 'At least 10 characters, not a common password.' }),
  }),
});

const CreateWorkspaceInput = builder.inputType('CreateWorkspaceInput', {
  description: 'Input of createWorkspace.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name of the workspace.' }),
    owner: t.field({ type: CreateWorkspaceOwnerInput, required: true, description: 'The owner account.' }),
  }),
});

const CreateWorkspacePayload = builder
  .objectRef<{ workspace: Workspace; agent: Agent; token: string }>('CreateWorkspacePayload')
  .implement({
    description: 'Result of createWorkspace.',
    fields: (t) => ({
      workspace: t.field({ type: WorkspaceRef, description: 'The new workspace.', resolve: (p) => p.workspace }),
      agent: t.field({ type: AgentRef, description: 'The owner agent.', resolve: (p) => p.agent }),
      token: t.exposeString('token', { description: 'Bearer token of the owner.' }),
    }),
  });

builder.mutationField('createWorkspace', (t) =>
  t.field({
    type: CreateWorkspacePayload,
    description: 'Creates a workspace and its owner, and signs the owner in. Open to anyone when auth.publicSignUp is on (the default); otherwise signed-in admins only.',
    args: { input: t.arg({ type: CreateWorkspaceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.principal && !isAdmin(ctx.principal)) throw new KefuError('FORBIDDEN', 'Sign out (send no token) to create a new workspace.');
      if (!ctx.principal && !ctx.deps.config.auth.publicSignUp) {
        throw new KefuError('FORBIDDEN', 'Public sign-up is closed on this server (auth.publicSignUp is false): ask an admin of an existing workspace, or the operator, to create the workspace.');
      }
      if (isDemoAddress(input.owner.email)) {
        throw badInput([{ path: 'owner.email', message: 'This address belongs to the demo workspace, which only `kefu demo` creates; sign up with your own email.' }]);
      }
      await ctx.deps.limiter.take('workspaces', ctx.clientIp);
      return createWorkspace(ctx.deps, input);
    },
  }),
);
