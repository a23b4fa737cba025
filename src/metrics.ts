// Prometheus metrics owned by Kefu itself (served on /metrics next to Yoga's).
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    wsConnections: new Gauge({ name: 'kefu_ws_connections', help: 'Open WebSocket connections', registers: [registry] }),
    wsClosed: new Counter({ name: 'kefu_ws_close_total', help: 'WebSocket closes by code', labelNames: ['code'], registers: [registry] }),
    messagesStored: new Counter({ name: 'kefu_messages_stored_total', help: 'Conversation events persisted', registers: [registry] }),
    dedupeHits: new Counter({ name: 'kefu_message_dedupe_hits_total', help: 'Sends answered from an earlier identical clientMessageId', registers: [registry] }),
    publishFailures: new Counter({ name: 'kefu_pubsub_publish_errors_total', help: 'Publishes given up after retries', registers: [registry] }),
    resumes: new Counter({ name: 'kefu_subscription_resume_total', help: 'Subscriptions started with afterSeq', labelNames: ['recovered'], registers: [registry] }),
    sharedExecutions: new Counter({ name: 'kefu_ws_shared_executions_total', help: 'Subscription events executed for a group of identical subscriptions', registers: [registry] }),
    sharedReuses: new Counter({ name: 'kefu_ws_shared_reuses_total', help: 'Subscription events served from another subscriber’s execution', registers: [registry] }),
    gapFills: new Counter({ name: 'kefu_subscription_gap_fills_total', help: 'Missed live events re-read from storage', registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
