// `kefu start --workers N`: the primary applies migrations and prepares the secret once, then
// forks N workers that share the port (node:cluster). The primary relays events between workers
// (with Redis too: a machine's own events never wait for Redis); without Redis it also keeps the
// rate-limit counters, with Redis each worker counts in Redis.
// The primary also aggregates /metrics over every worker. SIGTERM drains every worker.
import { randomUUID } from 'node:crypto';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Config } from '../config.ts';
import { loadOrCreateSecret } from '../auth/secret.ts';
import { startClusterRelay } from '../events/cluster-bus.ts';
import { MACHINE_ORIGIN_ENV } from '../events/redis-bus.ts';
import { usesRedis } from '../redis-connection.ts';
import { startRateLimitPrimary } from '../rate-limits.ts';
import type { Logger } from '../log.ts';
import { resolveDatabaseTarget } from '../storage/database-url.ts';
import { startMetricsAggregator } from './cluster-metrics.ts';
import { applyMigrations } from '../storage/migrate.ts';

export function workerCount(config: Pick<Config, 'workers'>): number {
  return config.workers === 0 ? availableParallelism() : config.workers;
}

/** Runs until every worker has exited after SIGTERM/SIGINT; `onListening` fires once the first worker listens. */
export async function runPrimary(config: Config, log: Logger, workerArgs: string[], onListening?: (port: number) => void): Promise<void> {
  const applied = await applyMigrations(resolveDatabaseTarget(config));
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  loadOrCreateSecret(config);
  startClusterRelay();
  if (!usesRedis(config)) startRateLimitPrimary();
  startMetricsAggregator();
  const count = workerCount(config);
  let isStopping = false;
  cluster.setupPrimary({ args: workerArgs });
  // The workers share one origin: Redis skips events this machine already relayed (events/redis-bus.ts).
  const workerEnv = { [MACHINE_ORIGIN_ENV]: randomUUID() };
  for (let i = 0; i < count; i++) cluster.fork(workerEnv);
  cluster.once('listening', (_worker, address) => onListening?.(address.port));
  cluster.on('exit', (worker, code, signal) => {
    if (isStopping) return;
    log.error({ workerPid: worker.process.pid, code, signal }, 'worker died; starting another');
    cluster.fork(workerEnv);
  });
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    log.info('draining workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await new Promise<void>((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      if (!isStopping) return;
      log.info({ workerPid: worker.process.pid, code, signal }, 'worker stopped');
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log.info('all workers stopped');
        resolve();
      }
    });
  });
}
