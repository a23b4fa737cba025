// Per-caller rate limits (rate-limiter-flexible), shared by every process serving one Kefu: in
// Redis when Redis or a Redis Cluster is configured (all machines; every counter operation touches
// one key, so a cluster needs no hash tags), through the cluster primary across `--workers`
// (node:cluster IPC), in memory for a single process. Domain functions take a slot before they
// store anything, so HTTP and WebSocket callers meet the same limit. Fixed windows: a window
// starts at a key's first request and holds `points` requests.
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config.ts';
import { connectRedis, createRedisClient } from './redis-connection.ts';
import { KefuError } from './errors.ts';
import type { Logger } from './log.ts';

interface Rule {
  points: number;
  durationSeconds: number;
  /** What is counted, for the error message ("Too many messages: …"). */
  what: string;
  /** Counted in this process only: the key cannot occur anywhere else (one WebSocket connection). */
  isLocal?: boolean;
}

/** Every limit, from the config keys in `limits` (src/config.ts documents each). */
function rateLimitRules(limits: Config['limits']) {
  return {
    sends: { points: limits.sendsPerMinute, durationSeconds: 60, what: 'messages' },
    conversations: { points: limits.conversationsPerMinute, durationSeconds: 60, what: 'new conversations' },
    visitorSessions: { points: limits.visitorSessionsPerMinute, durationSeconds: 60, what: 'visitor sessions from this address' },
    workspaces: { points: limits.workspacesPerHour, durationSeconds: 3600, what: 'new workspaces from this address' },
    creates: { points: limits.createsPerMinute, durationSeconds: 60, what: 'created objects' },
    operations: { points: limits.operationsPerMinute, durationSeconds: 60, what: 'GraphQL operations' },
    visitorTranscripts: { points: limits.visitorTranscriptsPerHour, durationSeconds: 3600, what: 'transcript emails asked for by visitors of this workspace' },
    typing: { points: limits.typingPerMinute, durationSeconds: 60, what: 'typing updates' },
    connectionMutations: { points: limits.sendsPerMinute, durationSeconds: 60, what: 'mutations on this connection', isLocal: true },
    signInsPerIp: { points: limits.signInsPerMinutePerIp, durationSeconds: 60, what: 'sign-in attempts from this address' },
    signInFailures: { points: limits.signInFailuresPerAccount, durationSeconds: 3600, what: 'failed sign-ins for this account' },
    // How often an account was locked in the last day; each lock lasts twice as long as the last.
    signInLocks: { points: 1_000_000, durationSeconds: 24 * 3600, what: 'sign-in locks' },
  } satisfies Record<string, Rule>;
}

export type RateLimitRule = keyof ReturnType<typeof rateLimitRules>;

export interface RateLimiter {
  readonly kind: 'memory' | 'cluster' | 'redis';
  /** Takes one slot of `rule` for `key`; throws RATE_LIMITED (with retryAfterSeconds) when none is left. */
  take(rule: RateLimitRule, key: string): Promise<void>;
  /** The counter behind a rule, for flows that need more than take() (sign-in backoff). */
  store(rule: RateLimitRule): RateLimiterAbstract;
  close(): Promise<void>;
}

/** The key of a signed-in caller's counters: one per agent, visitor or API key, whatever the transport. */
export function callerKey(principal: { kind: string; id: string }): string {
  return `${principal.kind}:${principal.id}`;
}

/**
 * Takes one slot of limits.operationsPerMinute for the signed-in caller, or for the client address
 * before sign-in: the RATE_LIMITED error to answer with, or null. Both transports call it once
 * per operation.
 */
export async function operationRefusal(limiter: RateLimiter, principal: { kind: string; id: string } | null, clientIp: string): Promise<KefuError | null> {
  try {
    await limiter.take('operations', principal ? callerKey(principal) : `address:${clientIp}`);
    return null;
  } catch (error) {
    if (error instanceof KefuError) return error;
    throw error;
  }
}

/** The RATE_LIMITED error every limit throws; retryAfterMs stays for clients that read it. */
export function rateLimited(message: string, msBeforeNext: number): KefuError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new KefuError('RATE_LIMITED', `${message} Retry in ${retryAfterSeconds} s.`, { retryAfterSeconds, retryAfterMs: retryAfterSeconds * 1000 });
}

function createLimiter(limits: Config['limits'], kind: RateLimiter['kind'], make: (keyPrefix: string, rule: Rule) => RateLimiterAbstract, close: () => Promise<void> = async () => {}): RateLimiter {
  const rules: Record<RateLimitRule, Rule> = rateLimitRules(limits);
  const stores = new Map<RateLimitRule, RateLimiterAbstract>();
  const store = (rule: RateLimitRule) => {
    let limiter = stores.get(rule);
    if (!limiter) {
      const r = rules[rule];
      limiter = r.isLocal ? new RateLimiterMemory({ keyPrefix: rule, points: r.points, duration: r.durationSeconds }) : make(rule, r);
      stores.set(rule, limiter);
    }
    return limiter;
  };
  return {
    kind,
    store,
    async take(rule, key) {
      try {
        await store(rule).consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const { points, durationSeconds, what } = rules[rule];
        const per = durationSeconds === 3600 ? 'hour' : durationSeconds === 60 ? 'minute' : `${durationSeconds} s`;
        throw rateLimited(`Too many ${what}: the limit is ${points} per ${per}.`, rejection.msBeforeNext);
      }
    },
    close,
  };
}

/** One process: counters in memory. */
export function createMemoryRateLimiter(limits: Config['limits']): RateLimiter {
  return createLimiter(limits, 'memory', (keyPrefix, r) => new RateLimiterMemory({ keyPrefix, points: r.points, duration: r.durationSeconds }));
}

/** How long a worker waits for the primary's count before it counts on its own. */
const PRIMARY_ANSWER_TIMEOUT_MS = 1_000;

/**
 * A `--workers` worker without Redis: counters live in the primary (startRateLimitPrimary). While
 * the primary does not answer within PRIMARY_ANSWER_TIMEOUT_MS (overloaded, stopped), the worker
 * counts in its own memory, as every process does while Redis is down: sends and sign-ins go on
 * under a per-process limit instead of failing with INTERNAL_SERVER_ERROR.
 */
export function createClusterRateLimiter(limits: Config['limits']): RateLimiter {
  return createLimiter(
    limits,
    'cluster',
    (keyPrefix, r) =>
      new RLWrapperTimeouts({
        limiter: new RateLimiterCluster({ keyPrefix, points: r.points, duration: r.durationSeconds, timeoutMs: 5_000 }),
        timeoutMs: PRIMARY_ANSWER_TIMEOUT_MS,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `insurance:${keyPrefix}`, points: r.points, duration: r.durationSeconds }),
      }),
  );
}

/** In the cluster primary: answers the workers' RateLimiterCluster requests. */
export function startRateLimitPrimary(): void {
  new RateLimiterClusterMaster();
}

/** How long a process waits for Redis to count before it counts on its own. */
const REDIS_ANSWER_TIMEOUT_MS = 1_000;

/** Every process and machine on one Redis (or Redis Cluster): counters under `<redis.keyPrefix>limit:`. */
export async function createRedisRateLimiter(config: Pick<Config, 'limits' | 'redis'>, log: Logger): Promise<RateLimiter> {
  const client = createRedisClient(config.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 2, retryStrategy: (times: number) => Math.min(50 * 2 ** times, 1_000) });
  client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis rate-limit connection error'));
  await connectRedis(config.redis, [client], 'for rate limits');
  return createLimiter(
    config.limits,
    'redis',
    // While Redis is unreachable each process counts on its own (the library's insurance limiter),
    // so sends and sign-ins keep working through an outage instead of failing with INTERNAL_SERVER_ERROR.
    // A Redis that stops answering without dropping the connection (a network partition, a paused
    // or swamped server) is an outage too: without the timeout every operation waited for it.
    (rule, r) =>
      new RLWrapperTimeouts({
        limiter: new RateLimiterRedis({ storeClient: client, keyPrefix: `${config.redis.keyPrefix}limit:${rule}`, points: r.points, duration: r.durationSeconds, rejectIfRedisNotReady: true }),
        timeoutMs: REDIS_ANSWER_TIMEOUT_MS,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `insurance:${rule}`, points: r.points, duration: r.durationSeconds }),
      }),
    async () => void (await client.quit().catch(() => client.disconnect())),
  );
}
