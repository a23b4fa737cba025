import { builder } from '../graphql/builder.ts';
import type { ApiKey } from '../storage/models.ts';
import { createApiKey, revokeApiKey } from './create-api-key.ts';

const ApiKeyRoleEnum = builder.enumType('ApiKeyRole', {
  description: 'What an API key may do.',
  values: {
    ADMIN: { description: 'Everything an admin agent may do.' },
    BOT: { description: 'Read conversations and send messages as the bot.' },
  },
});

const ApiKeyRef = builder.prismaObject('ApiKey', {
  description: 'A key for a bot or integration. The secret is shown once, by createApiKey.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'What uses the key.' }),
    prefix: t.exposeString('prefix', { description: 'First characters of the key, to recognise it.' }),
    role: t.expose('role', { type: ApiKeyRoleEnum, description: 'What the key may do.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked, if it was.' }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    description: 'API keys of the workspace, newest first (admins).',
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.deps.db.apiKey.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'Input of createApiKey.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What will use the key.' }),
    role: t.field({ type: ApiKeyRoleEnum, required: false, description: 'Defaults to BOT.' }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKey; token: string }>('CreateApiKeyPayload').implement({
  description: 'Result of createApiKey.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, description: 'The key’s record.', resolve: (p) => p.apiKey }),
    token: t.exposeString('token', { description: 'The secret; shown only now. Send it as Authorization: Bearer <token>.' }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description: 'Creates an API key (owners and admins).',
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) => createApiKey(ctx.deps, ctx.principal, input),
  }),
);

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'Input of revokeApiKey.',
  fields: (t) => ({ id: t.id({ required: true, description: 'Key to revoke.' }) }),
});

const RevokeApiKeyPayload = builder.objectRef<{ apiKey: ApiKey }>('RevokeApiKeyPayload').implement({
  description: 'Result of revokeApiKey.',
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyRef, description: 'The revoked key.', resolve: (p) => p.apiKey }) }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    description: 'Revokes an API key at once (owners and admins).',
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ apiKey: await revokeApiKey(ctx.deps, ctx.principal, { id: String(input.id) }) }),
  }),
);
