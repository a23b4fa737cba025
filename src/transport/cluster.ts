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
import { withServerNodeFlags } from './server-node-flags.ts';

export function workerCount(config: Pick<Config, 'workers'>): number {
  return config.workers === 0 ? availableParallelism() : config.workers;
}

/** A worker that dies sooner than this after its fork counts as crashing at start: its replacement waits. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * Runs until every worker has exited after SIGTERM/SIGINT, and resolves with the exit code: 0, or 1
 * when a worker died before any listened (its own error says why, e.g. the port is taken).
 * `onListening` fires once the first worker listens. A worker that dies later is replaced, after
 * 1, 2, 4 … 30 s while replacements keep dying within 10 s of starting.
 */
export async function runPrimary(config: Config, log: Logger, workerArgs: string[], onListening?: (port: number) => void): Promise<number> {
  const applied = await applyMigrations(resolveDatabaseTarget(config), { onProgress: (progress) => log.info(progress, 'migrating stored data') });
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  loadOrCreateSecret(config);
  startClusterRelay();
  if (!usesRedis(config)) startRateLimitPrimary();
  startMetricsAggregator();
  const count = workerCount(config);
  let isStopping = false;
  let isListening = false;
  let exitCode = 0;
  let quickDeaths = 0;
  cluster.setupPrimary({ args: workerArgs, execArgv: withServerNodeFlags(process.execArgv) });
  // The workers share one origin: Redis skips events this machine already relayed (events/redis-bus.ts).
  const workerEnv = { [MACHINE_ORIGIN_ENV]: randomUUID() };
  const forkedAtMs = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork(workerEnv);
    forkedAtMs.set(worker.id, Date.now());
  };
  for (let i = 0; i < count; i++) fork();
  cluster.once('listening', (_worker, address) => {
    isListening = true;
    onListening?.(address.port);
  });
  let stopped: () => void = () => {};
  const isEveryWorkerGone = () => Object.keys(cluster.workers ?? {}).length === 0;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    log.info('draining workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    // Between a death and its delayed replacement there may be no worker left to wait for.
    if (isEveryWorkerGone()) stopped();
  };
  cluster.on('exit', (worker, code, signal) => {
    const livedMs = Date.now() - (forkedAtMs.get(worker.id) ?? 0);
    forkedAtMs.delete(worker.id);
    if (isStopping) return;
    if (!isListening) {
      log.error({ workerPid: worker.process.pid, code, signal }, 'a worker died before the server was listening; stopping (its error is above)');
      exitCode = 1;
      stop();
      return;
    }
    quickDeaths = livedMs < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
    const delayMs = quickDeaths === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (quickDeaths - 1));
    log.error({ workerPid: worker.process.pid, code, signal, restartInMs: delayMs }, 'worker died; starting another');
    setTimeout(() => {
      if (!isStopping) fork();
    }, delayMs);
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await new Promise<void>((resolve) => {
    let isResolved = false;
    stopped = () => {
      if (isResolved) return;
      isResolved = true;
      log.info('all workers stopped');
      resolve();
    };
    cluster.on('exit', (worker, code, signal) => {
      if (!isStopping) return;
      log.info({ workerPid: worker.process.pid, code, signal }, 'worker stopped');
      if (isEveryWorkerGone()) stopped();
    });
  });
  return exitCode;
}
