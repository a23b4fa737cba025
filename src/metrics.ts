// Prometheus metrics owned by Kefu itself (served on /metrics next to Yoga's).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    wsConnections: new Gauge({ name: 'kefu_ws_connections', help: 'Open WebSocket connections', registers: [registry] }),
    wsClosed: new Counter({ name: 'kefu_ws_close_total', help: 'WebSocket closes by code', labelNames: ['code'], registers: [registry] }),
    connectionsRefused: new Counter({ name: 'kefu_connections_refused_total', help: 'TCP connections refused for limits.connectionsPerAddress', registers: [registry] }),
    wsRefused: new Counter({ name: 'kefu_ws_refused_total', help: 'WebSocket upgrades refused before the handshake, by reason', labelNames: ['reason'], registers: [registry] }),
    messagesStored: new Counter({ name: 'kefu_messages_stored_total', help: 'Conversation events persisted', registers: [registry] }),
    dedupeHits: new Counter({ name: 'kefu_message_dedupe_hits_total', help: 'Sends answered from an earlier identical clientMessageId', registers: [registry] }),
    publishFailures: new Counter({ name: 'kefu_pubsub_publish_errors_total', help: 'Publishes given up after retries', registers: [registry] }),
    resumes: new Counter({ name: 'kefu_subscription_resume_total', help: 'Subscriptions started with afterSeq', labelNames: ['recovered'], registers: [registry] }),
    sharedExecutions: new Counter({ name: 'kefu_ws_shared_executions_total', help: 'Subscription events executed for a group of identical subscriptions', registers: [registry] }),
    sharedReuses: new Counter({ name: 'kefu_ws_shared_reuses_total', help: 'Subscription events served from another subscriber’s execution', registers: [registry] }),
    botReplies: new Counter({ name: 'kefu_bot_replies_total', help: 'Bot replies sent, by decision (KNOWLEDGE_ANSWER, INTENT_ANSWER, SUGGESTIONS, DEFAULT_REPLY, HANDOFF)', labelNames: ['kind'], registers: [registry] }),
    deliveries: new Counter({ name: 'kefu_deliveries_total', help: 'Conversation events handed to a subscriber (live, replayed and gap-filled)', registers: [registry] }),
    deliveryLatency: new Histogram({
      name: 'kefu_delivery_latency_seconds',
      help: 'Time from a message being stored to its live event reaching a subscriber’s stream (then its socket)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    routingClaims: new Counter({ name: 'kefu_routing_claims_total', help: 'Assignment claims (one transaction each) by outcome: assigned, full, busy, taken', labelNames: ['outcome'], registers: [registry] }),
    gapFills: new Counter({ name: 'kefu_subscription_gap_fills_total', help: 'Missed live events re-read from storage', registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
