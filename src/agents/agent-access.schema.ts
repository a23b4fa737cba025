// Sessions and account access: sign-out, password change and reset, deactivation and roles.
import { builder } from '../graphql/builder.ts';
import type { Agent } from '../storage/models.ts';
import { AgentRef, AgentRoleEnum } from './agent.schema.ts';
import { changePassword } from './change-password.ts';
import { deactivateAgent, reactivateAgent, revokeSessionsOf, setAgentRole } from './manage-agent-access.ts';
import { issuePasswordReset, resetPassword } from './reset-password.ts';
import { signOut } from './sign-out.ts';

const AgentPayload = builder.objectRef<{ agent: Agent }>('AgentPayload').implement({
  description: 'Result of an account action: the agent it acted on.',
  fields: (t) => ({ agent: t.field({ type: AgentRef, description: 'The agent.', resolve: (p) => p.agent }) }),
});

const agentIdInput = (name: string, what: string) =>
  builder.inputType(name, { description: `Input of ${what}.`, fields: (t) => ({ agentId: t.id({ required: true, description: 'Agent of your workspace.' }) }) });

/** One mutation that acts on another agent by id and answers with it. */
function agentMutation(name: string, description: string, run: (ctx: Parameters<typeof deactivateAgent>[0], principal: Parameters<typeof deactivateAgent>[1], input: { agentId: string }) => Promise<Agent>) {
  const Input = agentIdInput(`${name[0]!.toUpperCase()}${name.slice(1)}Input`, name);
  builder.mutationField(name, (t) =>
    t.field({
      type: AgentPayload,
      description,
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (_root, { input }, ctx) => ({ agent: await run(ctx.deps, ctx.principal, { agentId: String(input.agentId) }) }),
    }),
  );
}

agentMutation('deactivateAgent', 'Deactivates an agent (admins; only owners act on owners): it cannot sign in, its sessions and sockets end at once, and it is not routed to.', deactivateAgent);
agentMutation('reactivateAgent', 'Lets a deactivated agent sign in again (admins). Its old sessions stay revoked.', reactivateAgent);
agentMutation('revokeAgentSessions', 'Signs an agent out everywhere (admins): every token and socket of it ends at once.', revokeSessionsOf);

const SignOutInput = builder.inputType('SignOutInput', {
  description: 'Input of signOut.',
  fields: (t) => ({ everywhere: t.boolean({ description: 'Also end every other session of this agent. Default false: only this token.' }) }),
});

const SignOutPayload = builder.objectRef<{ isSignedOut: boolean }>('SignOutPayload').implement({
  description: 'Result of signOut.',
  fields: (t) => ({ isSignedOut: t.exposeBoolean('isSignedOut', { description: 'Always true: the token no longer works.' }) }),
});

builder.mutationField('signOut', (t) =>
  t.field({
    type: SignOutPayload,
    description: 'Revokes the caller’s agent token at once, on HTTP and on open sockets (closed with 4403).',
    args: { input: t.arg({ type: SignOutInput, required: false }) },
    resolve: async (_root, { input }, ctx) => {
      await signOut(ctx.deps, ctx.principal, { everywhere: input?.everywhere ?? false });
      return { isSignedOut: true };
    },
  }),
);

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  description: 'Input of changePassword.',
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: 'The password you sign in with now.' }),
    newPassword: t.string({ required: true, description: 'At least 10 characters, not a common password.' }),
  }),
});

builder.mutationField('changePassword', (t) =>
  t.field({
    type: AgentPayload,
    description: 'Changes the signed-in agent’s password. This session stays; every other one ends.',
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agent: await changePassword(ctx.deps, ctx.principal, input) }),
  }),
);

const IssuePasswordResetPayload = builder.objectRef<{ agent: Agent; token: string; expiresAt: Date }>('IssuePasswordResetPayload').implement({
  description: 'Result of issuePasswordReset.',
  fields: (t) => ({
    agent: t.field({ type: AgentRef, description: 'The agent.', resolve: (p) => p.agent }),
    token: t.exposeString('token', { description: 'One-time reset token, shown only now: give it to the agent for resetPassword.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the token stops working (auth.passwordResetTtlSeconds).' }),
  }),
});

builder.mutationField('issuePasswordReset', (t) =>
  t.field({
    type: IssuePasswordResetPayload,
    description: 'Issues a one-time password reset token for an agent (admins; only owners for owners). Replaces any earlier one.',
    args: { input: t.arg({ type: agentIdInput('IssuePasswordResetInput', 'issuePasswordReset'), required: true }) },
    resolve: (_root, { input }, ctx) => issuePasswordReset(ctx.deps, ctx.principal, { agentId: String(input.agentId) }),
  }),
);

const ResetPasswordInput = builder.inputType('ResetPasswordInput', {
  description: 'Input of resetPassword.',
  fields: (t) => ({
    token: t.string({ required: true, description: 'The token from issuePasswordReset.' }),
    newPassword: t.string({ required: true, description: 'At least 10 characters, not a common password.' }),
  }),
});

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: AgentPayload,
    description: 'Sets a new password with a reset token (no sign-in needed); ends every session of the agent. Sign in afterwards.',
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agent: await resetPassword(ctx.deps, input) }),
  }),
);

const SetAgentRoleInput = builder.inputType('SetAgentRoleInput', {
  description: 'Input of setAgentRole.',
  fields: (t) => ({
    agentId: t.id({ required: true, description: 'Agent of your workspace.' }),
    role: t.field({ type: AgentRoleEnum, required: true, description: 'The new role.' }),
  }),
});

builder.mutationField('setAgentRole', (t) =>
  t.field({
    type: AgentPayload,
    description: 'Gives an agent another role (admins; only owners make or change owners). Its open sockets close with 4403 and reconnect with the new role.',
    args: { input: t.arg({ type: SetAgentRoleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agent: await setAgentRole(ctx.deps, ctx.principal, { agentId: String(input.agentId), role: input.role }) }),
  }),
);
