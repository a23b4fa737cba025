// The AgentBot type, its admin mutations, and the fields that say which agent bot answers a
// conversation (Conversation.activeAgentBot) and wrote a message (Message.agentBot).
import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { ConversationRef } from '../conversation-log/conversation.schema.ts';
import type { AgentBot, ApiKey } from '../storage/models.ts';
import { findAgentBotEndpoint } from './agent-bot-endpoint.ts';
import { createAgentBot, createAgentBotApiKey, disableAgentBot, updateAgentBot } from './manage-agent-bots.ts';
import { findAnsweringBot } from './find-answering-bot.ts';
import { findAgentBotOfApiKey } from './find-agent-bot-of-api-key.ts';
import { Viewer } from '../auth/viewer.schema.ts';

const adminOnly = { authScopes: { admin: true }, unauthorizedResolver: () => null } as const;

const AgentBotModeEnum = builder.enumType('AgentBotMode', {
  description: 'How Kefu tells an agent bot that a visitor wrote.',
  values: {
    SUBSCRIPTION: { description: 'The bot holds a socket: inboxEvents with its BOT API key (reason MESSAGE, conversation.activeAgentBot is the bot).' },
    WEBHOOK: { description: 'Kefu posts the visitor’s message to webhookUrl (signed webhooks).' },
  },
});

export const AgentBotRef = builder.prismaObject('AgentBot', {
  description: 'An external bot that answers instead of the built-in bot in its workspace or department, until it hands off with requestAgent.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'Name shown to visitors and agents.' }),
    avatarUrl: t.exposeString('avatarUrl', { nullable: true, description: 'Avatar image (http/https).' }),
    mode: t.expose('mode', { type: AgentBotModeEnum, description: 'How Kefu reaches it (admins).', ...adminOnly, nullable: true }),
    webhookUrl: t.exposeString('webhookUrl', { nullable: true, description: 'Where WEBHOOK bots are called (admins).', ...adminOnly }),
    webhookSecret: t.string({
      nullable: true,
      description: 'WEBHOOK bots: the secret that signs each POST (Kefu-Webhook-Signature, README "Webhooks"); verify with it (admins).',
      ...adminOnly,
      resolve: async (bot, _args, ctx) => (await findAgentBotEndpoint(ctx.deps, bot))?.secret ?? null,
    }),
    departmentId: t.exposeID('departmentId', { nullable: true, description: 'The department it answers; null for the whole workspace.' }),
    isEnabled: t.boolean({ description: 'False once disabled: the built-in bot answers its conversations again.', resolve: (b) => b.disabledAt === null }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

builder.queryField('agentBots', (t) =>
  t.prismaField({
    type: ['AgentBot'],
    description: 'Agent bots of the workspace, oldest first (staff).',
    authScopes: { staff: true },
    resolve: (query, _root, _args, ctx) => ctx.deps.db.agentBot.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.objectField(ConversationRef, 'activeAgentBot', (t) =>
  t.field({
    type: AgentBotRef,
    nullable: true,
    description: 'The agent bot whose turn it is here: null when the built-in bot answers or a person has the conversation (after requestAgent). Costs two lookups.',
    authScopes: { serve: true },
    resolve: async (conversation, _args, ctx) => {
      const turn = await findAnsweringBot(ctx.deps, conversation.id);
      return turn?.bot?.kind === 'AGENT_BOT' ? turn.bot.agentBot : null;
    },
  }),
);

builder.objectField(MessageRef, 'agentBot', (t) =>
  t.field({
    type: AgentBotRef,
    nullable: true,
    description: 'The agent bot that wrote this message, if one did (a lookup only for messages sent with an API key).',
    resolve: (message, _args, ctx) => (message.authorApiKeyId ? findAgentBotOfApiKey(ctx.deps, message.authorApiKeyId) : null),
  }),
);

builder.objectField(Viewer, 'agentBot', (t) =>
  t.field({
    type: AgentBotRef,
    nullable: true,
    description: 'The agent bot, when the caller is its API key: a bot compares it with Conversation.activeAgentBot.',
    resolve: (principal, _args, ctx) => (principal.kind === 'apiKey' ? findAgentBotOfApiKey(ctx.deps, principal.id) : null),
  }),
);

const AgentBotInputFields = (t: PothosInputFieldBuilder) => ({
  name: t.string({ description: 'Name shown to visitors, at most 80 characters.' }),
  avatarUrl: t.string({ description: 'http(s) avatar image URL.' }),
  departmentId: t.id({ description: 'Answer only this department’s conversations; empty for the whole workspace.' }),
  mode: t.field({ type: AgentBotModeEnum, description: 'SUBSCRIPTION (default) or WEBHOOK.' }),
  webhookUrl: t.string({ description: 'Required for WEBHOOK: http(s) URL Kefu posts visitor messages to.' }),
});
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CreateAgentBotInput = builder.inputType('CreateAgentBotInput', {
  description: 'Input of createAgentBot.',
  fields: (t) => ({ ...AgentBotInputFields(t), name: t.string({ required: true, description: 'Name shown to visitors, at most 80 characters.' }) }),
});

const UpdateAgentBotInput = builder.inputType('UpdateAgentBotInput', {
  description: 'Input of updateAgentBot: only the fields given change (null clears avatarUrl, departmentId or webhookUrl).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The agent bot.' }),
    ...AgentBotInputFields(t),
    isEnabled: t.boolean({ description: 'true re-enables a disabled bot; false disables it.' }),
  }),
});

const AgentBotIdInput = builder.inputType('AgentBotIdInput', {
  description: 'Names one agent bot.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The agent bot.' }) }),
});

const AgentBotPayload = builder.objectRef<{ agentBot: AgentBot }>('AgentBotPayload').implement({
  description: 'Result of updateAgentBot and disableAgentBot.',
  fields: (t) => ({ agentBot: t.field({ type: AgentBotRef, description: 'The agent bot after the change.', resolve: (p) => p.agentBot }) }),
});

const AgentBotKeyPayload = builder.objectRef<{ agentBot: AgentBot; apiKey: ApiKey; token: string }>('AgentBotKeyPayload').implement({
  description: 'Result of createAgentBot and createAgentBotApiKey.',
  fields: (t) => ({
    agentBot: t.field({ type: AgentBotRef, description: 'The agent bot.', resolve: (p) => p.agentBot }),
    apiKeyId: t.id({ description: 'Id of its new BOT API key (revoke it with revokeApiKey).', resolve: (p) => p.apiKey.id }),
    token: t.exposeString('token', { description: 'The key’s secret; shown only now. The bot sends it as Authorization: Bearer <token>.' }),
  }),
});

builder.mutationFields((t) => ({
  createAgentBot: t.field({
    type: AgentBotKeyPayload,
    description: 'Registers an agent bot and creates its BOT API key (owners and admins).',
    args: { input: t.arg({ type: CreateAgentBotInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAgentBot(ctx.deps, ctx.principal, input),
  }),
  updateAgentBot: t.field({
    type: AgentBotPayload,
    description: 'Changes an agent bot, or enables or disables it (owners and admins).',
    args: { input: t.arg({ type: UpdateAgentBotInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agentBot: await updateAgentBot(ctx.deps, ctx.principal, input) }),
  }),
  disableAgentBot: t.field({
    type: AgentBotPayload,
    description: 'Stops an agent bot answering; the built-in bot takes its conversations back (owners and admins).',
    args: { input: t.arg({ type: AgentBotIdInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ agentBot: await disableAgentBot(ctx.deps, ctx.principal, input) }),
  }),
  createAgentBotApiKey: t.field({
    type: AgentBotKeyPayload,
    description: 'A new BOT API key for an agent bot, e.g. to rotate it (owners and admins).',
    args: { input: t.arg({ type: AgentBotIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAgentBotApiKey(ctx.deps, ctx.principal, input),
  }),
}));
