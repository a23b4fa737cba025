// Prometheus series of the plugin system, registered on Kefu's registry (served on /metrics).
import { Counter, Histogram } from 'prom-client';
import type { Metrics } from '../metrics.ts';

export function createPluginMetrics(registry: Metrics['registry']) {
  return {
    hookCalls: new Counter({
      name: 'kefu_plugin_hook_calls_total',
      help: 'Plugin hook calls by plugin, hook and outcome (ok, error, timeout: stopped at plugins.hookTimeoutMs)',
      labelNames: ['plugin', 'hook', 'outcome'],
      registers: [registry],
    }),
    hookSeconds: new Histogram({
      name: 'kefu_plugin_hook_duration_seconds',
      help: 'Time of one plugin hook call, including its sandbox round trip',
      labelNames: ['hook'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
      registers: [registry],
    }),
    loads: new Counter({ name: 'kefu_plugin_loads_total', help: 'Plugin loads by plugin and outcome (loaded, failed: the previous version keeps running)', labelNames: ['plugin', 'outcome'], registers: [registry] }),
    actionFailures: new Counter({ name: 'kefu_plugin_action_errors_total', help: 'Plugin actions (tag, system message, HTTP) that failed or were refused', labelNames: ['plugin', 'action'], registers: [registry] }),
  };
}

export type PluginMetrics = ReturnType<typeof createPluginMetrics>;
