// Per-operation Prometheus metrics (HTTP and WebSocket alike, since both run through Yoga's
// envelop): a duration histogram and an error counter labelled by operation name and type.
// Kefu serves /metrics itself (transport/cluster-metrics.ts), so the plugin's endpoint is off.
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Registry } from 'prom-client';

export function useOperationMetrics(registry: Registry) {
  return usePrometheus({
    registry,
    endpoint: false,
    metrics: {
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
    },
  });
}
