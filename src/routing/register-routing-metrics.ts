// Routing's gauges, read from the database at scrape time: conversations waiting in the queue and
// agents online, for the whole server. Every worker reads the same rows, so the cluster aggregate
// takes the max instead of summing.
import { Gauge } from 'prom-client';
import type { Deps } from '../deps.ts';

export function registerRoutingMetrics(deps: Pick<Deps, 'db' | 'metrics'>): void {
  const registers = [deps.metrics.registry];
  new Gauge({
    name: 'kefu_queue_waiting',
    help: 'Conversations waiting in the queue for an agent (all workspaces)',
    aggregator: 'max',
    registers,
    async collect() {
      this.set(await deps.db.conversation.count({ where: { queueState: 'WAITING' } }));
    },
  });
  new Gauge({
    name: 'kefu_agents_online',
    help: 'Agents whose presence is ONLINE (all workspaces)',
    aggregator: 'max',
    registers,
    async collect() {
      this.set(await deps.db.agent.count({ where: { presence: 'ONLINE' } }));
    },
  });
}
