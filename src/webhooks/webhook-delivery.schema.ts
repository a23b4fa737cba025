import { builder } from '../graphql/builder.ts';
import { replayWebhookDelivery } from './replay-webhook-delivery.ts';

export const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a webhook delivery stands.',
  values: {
    PENDING: { description: 'Waiting for its first attempt or a retry (see nextAttemptAt).' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed; replay it once the receiver works.' },
  },
});

export const WebhookDeliveryRef = builder.prismaObject('WebhookDelivery', {
  description: 'One event sent (or to send) to one endpoint: the delivery log.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id; sent as Kefu-Webhook-Delivery.' }),
    eventId: t.exposeString('eventId', { description: 'The event id, sent as Kefu-Webhook-Id: the idempotency key, the same on retries and replays.' }),
    eventType: t.exposeString('eventType', { description: 'e.g. message.created.' }),
    status: t.field({ type: WebhookDeliveryStatusEnum, description: 'Where it stands.', resolve: (d) => d.status as 'PENDING' | 'DELIVERED' | 'FAILED' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', description: 'When a PENDING delivery is tried next.' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: 'HTTP status of the last attempt; null when it got no answer.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'What went wrong in the last attempt.' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the receiver accepted it.' }),
    replayOf: t.exposeID('replayOf', { nullable: true, description: 'The delivery this one replays.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was enqueued.' }),
    payload: t.field({ type: 'JSON', description: 'The JSON body sent.', resolve: (d) => JSON.parse(d.body) as unknown }),
  }),
});

const ReplayInput = builder.inputType('ReplayWebhookDeliveryInput', {
  description: 'Input of replayWebhookDelivery.',
  fields: (t) => ({ deliveryId: t.id({ required: true, description: 'A delivery of the log, in any state.' }) }),
});

builder.mutationField('replayWebhookDelivery', (t) =>
  t.field({
    type: WebhookDeliveryRef,
    description: 'Admins: send a delivery again (same body and Kefu-Webhook-Id) as a new PENDING delivery.',
    args: { input: t.arg({ type: ReplayInput, required: true }) },
    resolve: (_root, { input }, ctx) => replayWebhookDelivery(ctx.deps, ctx.principal, String(input.deliveryId)),
  }),
);
