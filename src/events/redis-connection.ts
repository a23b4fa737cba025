// The one place that turns `redis.*` config into ioredis clients: a plain Redis (redis.url) or a
// Redis Cluster (redis.cluster seed nodes). Events and rate limits both connect through here.
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { Config } from '../config.ts';

export type RedisClient = Redis | Cluster;

/** True when events and rate limits leave this machine through Redis (one server or a cluster). */
export function usesRedis(config: Pick<Config, 'redis'>): boolean {
  return config.redis.url !== '' || config.redis.cluster !== '';
}

/** What to print in errors: the URL or node list without credentials. */
export function describeRedis(redis: Config['redis']): string {
  const where = redis.cluster ? `the Redis Cluster at ${redis.cluster}` : `Redis at ${redis.url}`;
  return where.replace(/\/\/[^@,]*@/g, '//***@');
}

function clusterNodes(list: string): { host: string; port: number; username?: string; password?: string; tls: boolean }[] {
  return list.split(',').map((entry) => {
    const node = entry.trim();
    const url = new URL(/^rediss?:\/\//.test(node) ? node : `redis://${node}`);
    return {
      host: url.hostname,
      port: Number(url.port),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      tls: url.protocol === 'rediss:',
    };
  });
}

/**
 * A client for `redis`, not yet connected (call connect()). `options` apply to every connection;
 * for a cluster, `sharded` adds one sharded-pub/sub connection per master (SSUBSCRIBE).
 */
export function createRedisClient(redis: Config['redis'], options: RedisOptions, { sharded = false } = {}): RedisClient {
  if (!redis.cluster) return new Redis(redis.url, { ...options, lazyConnect: true });
  const nodes = clusterNodes(redis.cluster);
  const [{ username, password, tls }] = nodes as [(typeof nodes)[number]];
  const clusterOptions: ClusterOptions = {
    lazyConnect: true,
    enableOfflineQueue: options.enableOfflineQueue,
    enableAutoPipelining: options.enableAutoPipelining,
    shardedSubscribers: sharded,
    clusterRetryStrategy: options.retryStrategy,
    redisOptions: { ...options, username, password, tls: tls ? {} : undefined },
  };
  return new Cluster(
    nodes.map(({ host, port }) => ({ host, port })),
    clusterOptions,
  );
}
