// Fans events out across processes and machines through Redis pub/sub: one channel per topic,
// SUBSCRIBE only while a local listener exists, publishes awaited and retried. After a reconnect
// every topic is resubscribed in batches and subscribers are told to re-read storage, because
// whatever was published while the connection was down is gone (pub/sub is at-most-once).
// Nothing waits for Redis to come back: with the offline queue off, a publish during an outage
// fails fast (bounded retries, then logged and counted; the event is already stored), and a new
// subscription is registered locally and SUBSCRIBEd by the resubscribe on reconnect.
import { Redis } from 'ioredis';
import type { Logger } from '../log.ts';
import { createListenerRegistry, type Bus } from './bus.ts';

const RESUBSCRIBE_BATCH = 1000;

export interface RedisBusOptions {
  url: string;
  keyPrefix: string;
  publishRetries: number;
  log: Logger;
  onPublishFailure?: () => void;
}

export async function createRedisBus({ url, keyPrefix, publishRetries, log, onPublishFailure }: RedisBusOptions): Promise<Bus> {
  const registry = createListenerRegistry();
  const options = {
    lazyConnect: true,
    autoResubscribe: false,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 2,
    keepAlive: 10_000,
    retryStrategy: (times: number) => Math.min(50 * 2 ** times, 1_000),
  };
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  let hasConnectedBefore = false;

  subscriber.on('message', (channel: string, message: string) => {
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      log.warn({ channel }, 'unparseable pubsub message dropped');
      return;
    }
    registry.deliver(channel.slice(keyPrefix.length), payload);
  });
  subscriber.on('ready', () => {
    if (!hasConnectedBefore) {
      hasConnectedBefore = true;
      return;
    }
    void resubscribeAll();
  });
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis connection error'));
  }

  async function resubscribeAll(): Promise<void> {
    const channels = registry.topics().map((t) => keyPrefix + t);
    try {
      for (let i = 0; i < channels.length; i += RESUBSCRIBE_BATCH) {
        await subscriber.subscribe(...channels.slice(i, i + RESUBSCRIBE_BATCH));
      }
      log.info({ topics: channels.length }, 'redis resubscribed');
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'redis resubscribe failed; will retry on next reconnect');
    }
    registry.signalGap();
  }

  await Promise.all([publisher.connect(), subscriber.connect()]).catch((error: Error) => {
    publisher.disconnect();
    subscriber.disconnect();
    throw new Error(`cannot reach Redis at ${url.replace(/\/\/[^@]*@/, '//***@')}: ${error.message}. Start Redis or unset REDIS_URL to run on one machine.`);
  });

  return {
    kind: 'redis',
    async publish(topic, payload) {
      const message = JSON.stringify(payload);
      for (let attempt = 0; ; attempt++) {
        try {
          await publisher.publish(keyPrefix + topic, message);
          return;
        } catch (error) {
          if (attempt >= publishRetries) {
            onPublishFailure?.();
            log.error({ topic, err: (error as Error).message }, 'publish failed; subscribers will recover from storage');
            return;
          }
          await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        }
      }
    },
    async subscribe(topic, listener) {
      if (registry.add(topic, listener as never) && subscriber.status === 'ready') {
        try {
          await subscriber.subscribe(keyPrefix + topic);
        } catch (error) {
          // The connection dropped meanwhile: the resubscribe on reconnect covers this topic.
          log.warn({ topic, err: (error as Error).message }, 'redis subscribe deferred to reconnect');
        }
      }
      return () => {
        if (registry.remove(topic, listener as never)) {
          subscriber.unsubscribe(keyPrefix + topic).catch(() => undefined);
        }
      };
    },
    onGap: registry.onGap,
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
