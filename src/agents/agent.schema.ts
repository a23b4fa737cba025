import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { Agent } from '../storage/models.ts';
import { createAgent } from './create-agent.ts';
import { signIn } from './sign-in.ts';
import { throttleSignIn } from '../auth/sign-in-throttle.ts';

export const AgentRoleEnum = builder.enumType('AgentRole', {
  description: 'What an agent may do in the workspace.',
  values: {
    OWNER: { description: 'Everything, including creating other owners.' },
    ADMIN: { description: 'Manage agents, API keys and settings; see every conversation.' },
    AGENT: { description: 'Work unassigned conversations and their own.' },
  },
});

export const AgentRef = builder.prismaObject('Agent', {
  description: 'A person who answers visitors.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'Name shown to visitors.' }),
    email: t.exposeString('email', {
      description: 'Sign-in email (hidden from visitors).',
      authScopes: { staff: true },
      unauthorizedResolver: () => '',
    }),
    role: t.expose('role', { type: AgentRoleEnum, description: 'Role in the workspace.' }),
    deactivatedAt: t.expose('deactivatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When an admin deactivated the account (staff only); null while it is active.',
      authScopes: { staff: true },
      unauthorizedResolver: () => null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
  }),
});

builder.queryField('agents', (t) =>
  t.prismaConnection({
    type: 'Agent',
    cursor: 'id',
    description: 'Agents of the caller’s workspace, by name.',
    authScopes: { staff: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.deps.db.agent.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

const SignInInput = builder.inputType('SignInInput', {
  description: 'Input of signIn.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Agent email.' }),
    password: t.string({ required: true, description: 'Agent password.' }),
    workspaceId: t.id({ description: 'Only when the email and password open several workspaces: the one to sign in to.' }),
  }),
});

const AgentSessionPayload = builder.objectRef<{ agent: Agent; token: string }>('SignInPayload').implement({
  description: 'Result of signIn.',
  fields: (t) => ({
    agent: t.field({ type: AgentRef, description: 'The signed-in agent.', resolve: (p) => p.agent }),
    token: t.exposeString('token', { description: 'Send as Authorization: Bearer <token> (HTTP) or connectionParams.authorization (WebSocket).' }),
  }),
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: AgentSessionPayload,
    description: 'Signs an agent in with email and password. Throttled per client address and per account (RATE_LIMITED with retryAfterSeconds).',
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      throttleSignIn(ctx.deps, input.email, ctx.clientIp, () => signIn(ctx.deps, stripNulls({ ...input, workspaceId: input.workspaceId == null ? null : String(input.workspaceId) }))),
  }),
);

const CreateAgentInput = builder.inputType('CreateAgentInput', {
  description: 'Input of createAgent.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Sign-in email, unique within the workspace.' }),
    name: t.string({ required: true, description: 'Name shown to visitors.' }),
    password: t.string({ required: true, description: 'Initial password: at least 10 characters, not a common password.' }),
    role: t.field({ type: AgentRoleEnum, required: false, description: 'Defaults to AGENT.' }),
  }),
});

const CreateAgentPayload = builder.objectRef<{ agent: Agent }>('CreateAgentPayload').implement({
  description: 'Result of createAgent.',
  fields: (t) => ({ agent: t.field({ type: AgentRef, description: 'The new agent.', resolve: (p) => p.agent }) }),
});

builder.mutationField('createAgent', (t) =>
  t.field({
    type: CreateAgentPayload,
    description: 'Adds an agent to the caller’s workspace (owners and admins).',
    args: { input: t.arg({ type: CreateAgentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agent: await createAgent(ctx.deps, ctx.principal, input) }),
  }),
);
