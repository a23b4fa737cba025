// Routing's gauges, read from the database at scrape time: conversations waiting in the queue, the
// longest wait, and agents online, for the whole server. Every worker reads the same rows, so the cluster aggregate
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
    name: 'kefu_queue_oldest_wait_seconds',
    help: 'How long the longest-waiting conversation in the queue has waited (0 when none waits)',
    aggregator: 'max',
    registers,
    async collect() {
      const oldest = await deps.db.conversation.findFirst({ where: { queueState: 'WAITING', queuedAt: { not: null } }, orderBy: { queuedAt: 'asc' }, select: { queuedAt: true } });
      this.set(oldest?.queuedAt ? Math.max(0, (Date.now() - oldest.queuedAt.getTime()) / 1000) : 0);
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
