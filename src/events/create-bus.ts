// The one place the bus is picked: Redis (one server or a cluster) when configured, the `--workers`
// relay in a worker without Redis, memory for a single process.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { createMemoryBus, type Bus } from './bus.ts';
import { createRelayBus } from './cluster-bus.ts';
import { createRedisBus } from './redis-bus.ts';
import { usesRedis } from '../redis-connection.ts';

export interface CreateBusOptions {
  log: Logger;
  /** A `--workers` worker: the other workers of this machine are reached through the primary's relay. */
  isWorker: boolean;
  onPublishFailure?: () => void;
}

export async function createBus(config: Pick<Config, 'redis' | 'realtime'>, { log, isWorker, onPublishFailure }: CreateBusOptions): Promise<Bus> {
  if (usesRedis(config)) return createRedisBus({ redis: config.redis, publishRetries: config.realtime.publishRetries, log, onPublishFailure, relay: isWorker });
  return isWorker ? createRelayBus() : createMemoryBus();
}
