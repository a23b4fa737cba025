// Carries events across machines through Redis pub/sub, one channel per topic: PUBLISH/SUBSCRIBE
// on one Redis, SPUBLISH/SSUBSCRIBE on a Redis Cluster (sharded pub/sub: a channel lives on the
// shard of its hash slot, so fan-out spreads over the masters instead of every node carrying every
// message; topics.ts puts one conversation's topics in one slot). A channel is watched only while
// a local listener exists; publishes are retried, then logged and counted (the event is stored).
// Whatever was published while a connection was down is gone (pub/sub is at-most-once), so after
// a reconnect or a failover every topic is subscribed again and subscribers re-read storage.
// Nothing waits for Redis: with the offline queue off a publish during an outage fails fast, and a
// new topic is registered locally and subscribed by the resubscribe on reconnect. Failed
// publishes are announced once Redis takes publishes again (one notice on a channel every machine
// watches), so machines whose own connection never dropped re-read storage too.
import { randomUUID } from 'node:crypto';
import cluster from 'node:cluster';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { createListenerRegistry, createLocalFirstBus, type Bus, type Carrier, type ListenerRegistry } from './bus.ts';
import { createRelayCarrier } from './cluster-bus.ts';
import { connectRedis, createRedisClient, type RedisClient } from '../redis-connection.ts';
import { shardedChannel } from './topics.ts';

const RESUBSCRIBE_BATCH = 1000;
/** After a cluster failover ioredis sends the SSUBSCRIBEs without waiting: re-read storage once more when they have surely landed. */
const FAILOVER_SETTLE_MS = 1_000;
/** How often the gap notice after failed publishes is retried. */
const GAP_NOTICE_RETRY_MS = 1_000;
/** Where gap notices go: its own channel, so instances of earlier versions never see one as an event. */
const GAP_TOPIC = 'gaps:all';
const PUBLISH_TIMEOUT_MS = 1_000;
/** Set by the `--workers` primary for its workers: events from this machine came through the relay already. */
export const MACHINE_ORIGIN_ENV = 'NODE_KEFU_MACHINE_ORIGIN';

export interface RedisBusOptions {
  redis: Config['redis'];
  publishRetries: number;
  log: Logger;
  onPublishFailure?: () => void;
}

/** Where this process's events come from; shared by the workers of one machine (they share the relay). */
function machineOrigin(): string {
  return (cluster.isWorker && process.env[MACHINE_ORIGIN_ENV]) || randomUUID();
}

/** Redis for other machines, the relay for the other workers of this one (`--workers`). */
export async function createRedisBus(options: RedisBusOptions & { relay: boolean }): Promise<Bus> {
  const registry = createListenerRegistry();
  const redis = await createRedisCarrier(registry, options);
  return createLocalFirstBus(options.redis.cluster ? 'redis-cluster' : 'redis', registry, options.relay ? [createRelayCarrier(registry), redis] : [redis]);
}

async function createRedisCarrier(registry: ListenerRegistry, { redis, publishRetries, log, onPublishFailure }: RedisBusOptions): Promise<Carrier> {
  const isCluster = redis.cluster !== '';
  const origin = machineOrigin();
  const clientOptions = {
    autoResubscribe: false,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 2,
    keepAlive: 10_000,
    retryStrategy: (times: number) => Math.min(50 * 2 ** times, 1_000),
  };
  // A Redis that stops answering without dropping the connection (a partition, a paused server)
  // fails a publish after this instead of holding every send's answer until it answers again.
  const publisher = createRedisClient(redis, { ...clientOptions, commandTimeout: PUBLISH_TIMEOUT_MS });
  const subscriber = createRedisClient(redis, clientOptions, { sharded: true });
  const channelOf = (topic: string) => redis.keyPrefix + (isCluster ? shardedChannel(topic) : topic);
  const topicOf = new Map<string, string>();

  const onMessage = (channel: string, message: string) => {
    const topic = topicOf.get(channel);
    if (!topic) return;
    let envelope: { kefuOrigin?: string };
    try {
      envelope = JSON.parse(message);
    } catch {
      log.warn({ channel }, 'unparseable pubsub message dropped');
      return;
    }
    // This machine delivered its own events already (writer-local first): Redis only adds the others'.
    if (envelope.kefuOrigin === origin) return;
    if (topic === GAP_TOPIC) return registry.signalGap();
    const { kefuOrigin: _, ...payload } = envelope;
    registry.deliver(topic, payload);
  };
  subscriber.on(isCluster ? 'smessage' : 'message', onMessage);
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis connection error'));
  }
  const watched = () => [...topicOf.keys()];
  if (isCluster) watchFailovers(subscriber, registry, log);
  resubscribeOnReconnect(subscriber, watched, isCluster, registry, log);

  await connectRedis(redis, [publisher, subscriber]);

  const send = (topic: string, message: string) => (isCluster ? publisher.spublish(channelOf(topic), message) : publisher.publish(channelOf(topic), message));
  // Set while failed publishes have not been announced to the other machines yet.
  let announcer: NodeJS.Timeout | undefined;
  let isAnnouncing = false;
  const announceGap = async () => {
    if (isAnnouncing) return;
    isAnnouncing = true;
    try {
      await send(GAP_TOPIC, JSON.stringify({ kefuOrigin: origin }));
      clearInterval(announcer);
      announcer = undefined;
      log.info('failed publishes announced; other machines re-read storage');
    } catch (error) {
      log.debug({ err: (error as Error).message }, 'gap notice still refused; retrying');
    } finally {
      isAnnouncing = false;
    }
  };

  const carrier: Carrier = {
    async publish(topic, payload) {
      const message = JSON.stringify({ ...(payload as object), kefuOrigin: origin });
      for (let attempt = 0; ; attempt++) {
        try {
          await send(topic, message);
          return;
        } catch (error) {
          if (attempt >= publishRetries) {
            onPublishFailure?.();
            // Once per outage at error level; the rest of it counts in kefu_pubsub_publish_errors_total, not one line per event.
            log[announcer ? 'debug' : 'error']({ topic, err: (error as Error).message }, 'publish failed; other machines will recover from storage');
            announcer ??= setInterval(() => void announceGap(), GAP_NOTICE_RETRY_MS).unref();
            return;
          }
          await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        }
      }
    },
    async watch(topic) {
      const channel = channelOf(topic);
      topicOf.set(channel, topic);
      if (subscriber.status !== 'ready') return;
      try {
        await (isCluster ? subscriber.ssubscribe(channel) : subscriber.subscribe(channel));
      } catch (error) {
        // The connection dropped meanwhile: the resubscribe on reconnect covers this topic.
        log.warn({ topic, err: (error as Error).message }, 'redis subscribe deferred to reconnect');
      }
    },
    unwatch(topic) {
      const channel = channelOf(topic);
      topicOf.delete(channel);
      (isCluster ? subscriber.sunsubscribe(channel) : subscriber.unsubscribe(channel)).catch(() => undefined);
    },
    async close() {
      clearInterval(announcer);
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
  await carrier.watch!(GAP_TOPIC);
  return carrier;
}

/**
 * After a reconnect (one Redis, or a whole cluster connection lost), subscribe every watched
 * channel again, then signal the gap. A cluster SSUBSCRIBE takes channels of one slot only, so
 * there each channel goes alone; a channel ioredis already resubscribed is subscribed twice, harmlessly.
 */
function resubscribeOnReconnect(subscriber: RedisClient, channels: () => string[], isCluster: boolean, registry: ListenerRegistry, log: Logger): void {
  let hasConnectedBefore = false;
  subscriber.on('ready', async () => {
    if (!hasConnectedBefore) {
      hasConnectedBefore = true;
      return;
    }
    const all = channels();
    try {
      for (let i = 0; i < all.length; i += RESUBSCRIBE_BATCH) {
        const batch = all.slice(i, i + RESUBSCRIBE_BATCH);
        await (isCluster ? Promise.all(batch.map((channel) => subscriber.ssubscribe(channel))) : subscriber.subscribe(...batch));
      }
      log.info({ topics: all.length }, 'redis resubscribed');
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'redis resubscribe failed; will retry on next reconnect');
    }
    registry.signalGap();
  });
}

/**
 * Redis Cluster: ioredis keeps one sharded subscriber per master and SSUBSCRIBEs again when the
 * slot map changes. A lost subscriber connection means a gap; it is signalled once the
 * subscribers are back, and once more after the resubscribes have landed.
 */
function watchFailovers(subscriber: RedisClient, registry: ListenerRegistry, log: Logger): void {
  let hasLostSubscriber = false;
  subscriber.on('-node', () => (hasLostSubscriber = true));
  subscriber.on('-subscriber', () => (hasLostSubscriber = true));
  subscriber.on('subscribersReady', () => {
    if (!hasLostSubscriber) return;
    hasLostSubscriber = false;
    log.info('redis cluster subscribers back after a topology change');
    registry.signalGap();
    setTimeout(() => registry.signalGap(), FAILOVER_SETTLE_MS).unref();
  });
}
