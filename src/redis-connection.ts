// The one place that turns `redis.*` config into ioredis clients: one Redis (redis.url), one Redis
// found through Sentinel (redis.sentinels; the URL's host names the master group) or a Redis
// Cluster (redis.cluster seed nodes). Events and rate limits both connect through here.
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { Config } from './config.ts';

export type RedisClient = Redis | Cluster;

/** True when events and rate limits leave this machine through Redis (one server or a cluster). */
export function usesRedis(config: Pick<Config, 'redis'>): boolean {
  return config.redis.url !== '' || config.redis.cluster !== '';
}

/** What to print in errors: the URL or node list without credentials. */
export function describeRedis(redis: Config['redis']): string {
  const where = redis.cluster ? `the Redis Cluster at ${redis.cluster}` : redis.sentinels ? `Redis ${redis.url} through the Sentinels at ${redis.sentinels}` : `Redis at ${redis.url}`;
  return where.replace(/\/\/[^@,]*@/g, '//***@');
}

function parseNodes(list: string): { host: string; port: number; username?: string; password?: string; tls: boolean }[] {
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
  if (redis.sentinels) return createSentinelClient(redis, options);
  if (!redis.cluster) return new Redis(redis.url, { ...options, lazyConnect: true });
  const nodes = parseNodes(redis.cluster);
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

/** Sentinel: the master of group `<url host>`, with the URL's credentials and database; sentinel credentials from the node entries. */
function createSentinelClient(redis: Config['redis'], options: RedisOptions): Redis {
  const master = new URL(redis.url);
  const sentinels = parseNodes(redis.sentinels);
  const [{ username: sentinelUsername, password: sentinelPassword }] = sentinels as [(typeof sentinels)[number]];
  return new Redis({
    ...options,
    lazyConnect: true,
    sentinels: sentinels.map(({ host, port }) => ({ host, port })),
    name: master.hostname,
    username: master.username ? decodeURIComponent(master.username) : undefined,
    password: master.password ? decodeURIComponent(master.password) : undefined,
    db: Number(master.pathname.slice(1) || 0),
    sentinelUsername,
    sentinelPassword,
    tls: master.protocol === 'rediss:' ? {} : undefined,
  });
}

const FIRST_CONNECT_TIMEOUT_MS = 10_000;

/** Redis could not be reached at start; the message says what to do (kefu start prints it alone). */
export class RedisUnavailableError extends Error {}

// Replies of a Redis that is up but refuses the credentials (or wants some).
const LOGIN_REFUSED = /^(WRONGPASS|NOAUTH|ERR invalid password|ERR AUTH)/;

/**
 * Connects `clients` (all or none), failing with what to do when Redis cannot be reached; `what`
 * says what for ("for rate limits"). Bounded in time: through Sentinel ioredis would otherwise retry forever.
 * The line names the cause ioredis reported on its `error` event (ECONNREFUSED, ENOTFOUND, WRONGPASS):
 * `connect()` itself only rejects with "Connection is closed".
 */
export async function connectRedis(redis: Config['redis'], clients: RedisClient[], what = ''): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let cause: Error | undefined;
  // A cluster's own "Failed to refresh slots cache" says less than its connect() rejection.
  const noteCause = (error: Error) => void (cause = 'lastNodeError' in error ? cause : error);
  for (const client of clients) client.on('error', noteCause);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no connection within ${FIRST_CONNECT_TIMEOUT_MS / 1000} s`)), FIRST_CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([Promise.all(clients.map((client) => client.connect())), timeout]);
  } catch (error) {
    for (const client of clients) client.disconnect();
    const reason = (cause ?? (error as Error)).message.replace(/\.$/, '');
    const where = `${describeRedis(redis)}${what ? ` ${what}` : ''}`;
    if (LOGIN_REFUSED.test(reason)) throw new RedisUnavailableError(`${where} refused the login: ${reason}. Check the user and password in REDIS_URL (or in the KEFU_REDIS_CLUSTER entries).`);
    throw new RedisUnavailableError(`cannot reach ${where}: ${reason}. Start Redis, or unset REDIS_URL and KEFU_REDIS_CLUSTER to run on one machine.`);
  } finally {
    clearTimeout(timer);
    for (const client of clients) client.off('error', noteCause);
  }
}
