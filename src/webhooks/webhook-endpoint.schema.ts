import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { WebhookEndpoint } from '../storage/models.ts';
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, updateWebhookEndpoint } from './manage-webhook-endpoints.ts';
import { WebhookDeliveryStatusEnum } from './webhook-delivery.schema.ts';

export const WebhookEndpointRef = builder.prismaObject('WebhookEndpoint', {
  description: 'A URL Kefu POSTs signed workspace events to (README "Integrate a bot" → "Webhooks").',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    events: t.field({ type: ['String'], description: 'Event types it receives, e.g. message.created.', resolve: (e) => e.events as string[] }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether events are delivered. False after an automatic disable (see disabledReason) or an admin turned it off; deliveries wait meanwhile.' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why Kefu disabled it (repeated failures) and what to do; null while enabled.' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'When Kefu disabled it.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { description: 'Failed attempts in a row; a success resets it.' }),
    managedBy: t.exposeString('managedBy', { nullable: true, description: 'The feature that owns it (e.g. an agent bot); null for endpoints admins manage.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    deliveries: t.relation('deliveries', {
      description: 'The delivery log, newest first: one row per event sent (or to send) to this endpoint.',
      args: { first: t.arg.int({ defaultValue: 20, description: 'At most 100.' }), status: t.arg({ type: WebhookDeliveryStatusEnum, description: 'Only deliveries in this state.' }) },
      query: ({ first, status }) => ({ where: status ? { status } : {}, orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }], take: Math.min(Math.max(first ?? 20, 1), 100) }),
    }),
  }),
});

builder.queryField('webhookEndpoints', (t) =>
  t.prismaField({
    type: ['WebhookEndpoint'],
    description: 'Admins: the workspace webhook endpoints, with their delivery logs.',
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.deps.db.webhookEndpoint.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: { createdAt: 'asc' } }),
  }),
);

const EndpointPayload = builder.objectRef<{ endpoint: WebhookEndpoint; secret: string | null }>('WebhookEndpointPayload').implement({
  description: 'Result of a webhook endpoint mutation.',
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointRef, description: 'The endpoint after the change.', resolve: (p) => p.endpoint }),
    secret: t.exposeString('secret', { nullable: true, description: 'The signing secret, only from createWebhookEndpoint and rotateWebhookSecret: store it now, it is not shown again.' }),
  }),
});

const CreateInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'Input of createWebhookEndpoint.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'An http:// or https:// URL that answers POST with 2xx.' }),
    events: t.stringList({ required: true, description: 'Event types to receive: message.created, conversation.created, conversation.assigned, conversation.status_changed, conversation.priority_changed, conversation.rated, visitor.identified.' }),
  }),
});

const UpdateInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'Input of updateWebhookEndpoint; omitted fields stay.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Endpoint to change.' }),
    url: t.string({ description: 'New URL.' }),
    events: t.stringList({ description: 'New event types.' }),
    enabled: t.boolean({ description: 'true enables it again after an automatic disable (clears the notice); false pauses it.' }),
  }),
});

const IdInput = builder.inputType('WebhookEndpointIdInput', {
  description: 'An endpoint, by id.',
  fields: (t) => ({ id: t.id({ required: true, description: 'Endpoint id.' }) }),
});

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: EndpointPayload,
    description: 'Admins: add an endpoint; it receives the events recorded from now on. The payload carries the signing secret once.',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const endpoint = await createWebhookEndpoint(ctx.deps, ctx.principal, stripNulls(input));
      return { endpoint, secret: endpoint.secret };
    },
  }),
);

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: EndpointPayload,
    description: 'Admins: change an endpoint URL or events, pause it, or enable it again.',
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ endpoint: await updateWebhookEndpoint(ctx.deps, ctx.principal, stripNulls(input)), secret: null }),
  }),
);

builder.mutationField('rotateWebhookSecret', (t) =>
  t.field({
    type: EndpointPayload,
    description: 'Admins: a new signing secret, used from the next attempt on; the old one stops working at once.',
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const endpoint = await rotateWebhookSecret(ctx.deps, ctx.principal, String(input.id));
      return { endpoint, secret: endpoint.secret };
    },
  }),
);

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: 'ID',
    description: 'Admins: remove an endpoint and its delivery log; returns its id.',
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteWebhookEndpoint(ctx.deps, ctx.principal, String(input.id)),
  }),
);
