// Per-operation Prometheus metrics (HTTP and WebSocket alike, since both run through Yoga's
// envelop): a duration histogram and an error counter labelled by operation name and type.
// Kefu serves /metrics itself (transport/cluster-metrics.ts), so the plugin's endpoint is off.
// Only those two series: the plugin's other defaults add a series per phase, and its HTTP
// histogram is labelled by the request URL (the client's Host header and query string).
// Operation names and error paths (which carry the client's aliases) are chosen by the client,
// and each new value is a new series in every process and in the primary's sum: 1,000 requests
// with unique names grew /metrics by 28 MB and each process by about 300 MB. So each label keeps
// its first MAX_OPERATION_LABEL_VALUES values per process; later ones count as "(other)".
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Registry } from 'prom-client';

export const MAX_OPERATION_LABEL_VALUES = 200;
const MAX_LABEL_CHARS = 100;
const OTHER = '(other)';

const PLUGIN_DEFAULTS_OFF = {
  graphql_envelop_deprecated_field: false,
  graphql_envelop_request: false,
  graphql_envelop_request_time_summary: false,
  graphql_envelop_phase_parse: false,
  graphql_envelop_phase_validate: false,
  graphql_envelop_phase_context: false,
  graphql_envelop_phase_execute: false,
  graphql_envelop_phase_subscribe: false,
  graphql_envelop_schema_change: false,
  graphql_yoga_http_duration: false,
} as const;

function boundedLabel(): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= MAX_OPERATION_LABEL_VALUES || value.length > MAX_LABEL_CHARS) return OTHER;
    seen.add(value);
    return value;
  };
}

export function useOperationMetrics(registry: Registry) {
  const operationName = boundedLabel();
  const path = boundedLabel();
  return usePrometheus({
    registry,
    endpoint: false,
    metrics: {
      ...PLUGIN_DEFAULTS_OFF,
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: 'graphql_envelop_request_duration', help: 'Time spent on running the GraphQL operation from parse to execute', labelNames: ['operationType', 'operationName'] },
        fillLabelsFn: (params) => ({ operationType: params.operationType ?? 'unknown', operationName: operationName(params.operationName ?? 'Anonymous') }),
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'Counts the amount of errors reported from all phases', labelNames: ['operationType', 'operationName', 'path', 'phase'] },
        fillLabelsFn: (params) => ({
          operationType: params.operationType ?? 'unknown',
          operationName: operationName(params.operationName ?? 'Anonymous'),
          phase: params.errorPhase,
          ...(params.error?.path ? { path: path(params.error.path.join('.')) } : {}),
        }),
      }),
    },
  });
}
