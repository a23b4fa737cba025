// The Redis carriers against real servers: a private redis-server (killed mid-test), a private
// 3-master Redis Cluster with replicas and a Redis with a replica and a Sentinel (a master killed
// mid-test in both). Two buses stand for two machines.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createRedisRateLimiter } from '../rate-limits.ts';
import { freePort } from '../testing/free-port.ts';
import { hasRedisServer, killProcess, launchRedisServer, startPrivateRedis, type PrivateRedis } from '../testing/private-redis.ts';
import { startRedisCluster, type PrivateRedisCluster } from '../testing/redis-cluster.ts';
import { startRedisSentinel, type PrivateRedisSentinel } from '../testing/redis-sentinel.ts';
import { describeWhen } from '../testing/services.ts';
import { waitUntil } from '../testing/wait-until.ts';
import type { Bus } from './bus.ts';
import { createRedisBus } from './redis-bus.ts';
import { shardedChannel, topics, type TypingPayload } from './topics.ts';

const log = pino({ level: 'silent' });

type RedisTarget = { url?: string; cluster?: string; sentinels?: string };

function typing(conversationId: string, n: number): TypingPayload {
  return { conversationId, participant: `agent:${n}`, participantKind: 'AGENT', isTyping: true, isInternal: false };
}

function redisConfig(redis: RedisTarget) {
  return loadConfig({ overrides: { redis: { keyPrefix: `kefu-bus-test-${randomUUID()}:`, ...redis }, limits: { typingPerMinute: 3 } } });
}

async function twoMachines(redis: RedisTarget): Promise<[Bus, Bus]> {
  const config = redisConfig(redis);
  const open = () => createRedisBus({ redis: config.redis, publishRetries: 1, log, relay: false });
  return [await open(), await open()];
}

/** Collects what a bus delivers on a topic; `seen` lists the participants in arrival order. */
async function collect(bus: Bus, conversationId: string) {
  const seen: string[] = [];
  const unsubscribe = await bus.subscribe(topics.typing(conversationId), (event) => seen.push(event.participant));
  return { seen, unsubscribe };
}

describeWhen(hasRedisServer() ? null : 'redis-server is not installed', 'Redis bus: writer-local first', () => {
  let redis: PrivateRedis;
  let a: Bus;
  let b: Bus;
  beforeAll(async () => {
    redis = await startPrivateRedis();
    [a, b] = await twoMachines({ url: redis.url });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.close();
  });

  it('delivers once on the writer and once elsewhere, and locally while Redis is down', async () => {
    const id = randomUUID();
    const onA = await collect(a, id);
    const onB = await collect(b, id);
    await a.publish(topics.typing(id), typing(id, 1));
    await waitUntil(async () => onB.seen.length === 1, 'B to get the event through Redis', 10_000);
    // A's subscriber got it from the publish itself; the copy coming back from Redis is dropped.
    expect(onA.seen).toEqual(['agent:1']);

    await redis.kill();
    const gaps: number[] = [];
    const stopGapWatch = b.onGap(() => gaps.push(Date.now()));
    await a.publish(topics.typing(id), typing(id, 2));
    // Typing during the outage still reaches the writer's own subscribers, synchronously.
    expect(onA.seen).toEqual(['agent:1', 'agent:2']);
    expect(onB.seen).toEqual(['agent:1']);

    await redis.restart();
    await waitUntil(async () => gaps.length > 0, 'B to report the gap after reconnecting', 20_000);
    // A's publisher reconnects on its own schedule: a publish before that is dropped (at most
    // once; storage covers it), so publish again until one gets through.
    await waitUntil(
      async () => {
        if (onB.seen.length < 2) await a.publish(topics.typing(id), typing(id, 3));
        return onB.seen.length >= 2;
      },
      'B to get events again',
      20_000,
      { pollMs: 500 },
    );
    expect(onB.seen.slice(0, 2)).toEqual(['agent:1', 'agent:3']);
    expect(new Set(onB.seen.slice(2))).toEqual(new Set(onB.seen.length > 2 ? ['agent:3'] : []));
    expect(onA.seen.slice(0, 3)).toEqual(['agent:1', 'agent:2', 'agent:3']);
    stopGapWatch();
    onA.unsubscribe();
    onB.unsubscribe();
  }, 60_000);

  it('tells other machines about a publish Redis refused, once it takes publishes again', async () => {
    const id = randomUUID();
    const onB = await collect(b, id);
    const gaps: number[] = [];
    const stopGapWatch = b.onGap(() => gaps.push(Date.now()));
    // Only publishing is refused: B's subscription stays up, so no reconnect would tell B anything.
    const admin = new Redis(redis.url);
    await admin.call('ACL', 'SETUSER', 'default', '-publish');
    await a.publish(topics.typing(id), typing(id, 1));
    expect(gaps).toEqual([]);
    await admin.call('ACL', 'SETUSER', 'default', '+publish');
    await waitUntil(async () => gaps.length > 0, 'B to get the gap notice', 20_000);
    expect(onB.seen).toEqual([]);
    admin.disconnect();
    stopGapWatch();
    onB.unsubscribe();
  });
});

describeWhen(hasRedisServer() ? null : 'redis-server is not installed', 'Redis Cluster bus: sharded pub/sub', () => {
  let cluster: PrivateRedisCluster;
  let a: Bus;
  let b: Bus;
  beforeAll(async () => {
    cluster = await startRedisCluster();
    [a, b] = await twoMachines({ cluster: cluster.nodes });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await cluster?.close();
  });

  it('keeps one conversation on one shard and spreads conversations over the masters', async () => {
    const probe = new Redis({ host: '127.0.0.1', port: Number(cluster.nodes.split(',')[0]!.split(':')[1]) });
    const slot = async (channel: string) => Number(await probe.call('CLUSTER', 'KEYSLOT', channel));
    const id = randomUUID();
    const slots = await Promise.all([topics.conversation(id), topics.typing(id), topics.readReceipts(id)].map((t) => slot(shardedChannel(t))));
    expect(new Set(slots).size).toBe(1);
    const shards = (await probe.call('CLUSTER', 'SHARDS')) as unknown[];
    probe.disconnect();
    expect(shards.length).toBe(3);

    // 30 conversations watched by B: every master carries some of the channels, none carries all.
    const ids = Array.from({ length: 30 }, () => randomUUID());
    const watchers = await Promise.all(ids.map((cid) => collect(b, cid)));
    const perMaster = await Promise.all(
      cluster.nodes.split(',').map(async (node) => {
        const [host, port] = node.split(':');
        const client = new Redis({ host, port: Number(port) });
        const role = String(await client.call('ROLE'));
        const channels = role.startsWith('master') ? ((await client.call('PUBSUB', 'SHARDCHANNELS', '*typing:*')) as string[]) : null;
        client.disconnect();
        return channels;
      }),
    );
    const masters = perMaster.filter((c): c is string[] => c !== null);
    expect(masters.length).toBe(3);
    expect(masters.every((channels) => channels.length > 0 && channels.length < ids.length)).toBe(true);
    expect(masters.reduce((n, channels) => n + channels.length, 0)).toBe(ids.length);
    for (const w of watchers) w.unsubscribe();
  });

  it('delivers once per machine, and again after a master is killed (gap signalled)', async () => {
    await expectDeliveryAcrossFailover(a, b, (id) => cluster.killMasterOf(`{${id}}`));
  }, 90_000);

  it('counts rate limits in the cluster, shared by every machine', async () => {
    await expectSharedRateLimit({ cluster: cluster.nodes });
  });
});

describeWhen(hasRedisServer() ? null : 'redis-server is not installed', 'Redis over Sentinel', () => {
  let sentinel: PrivateRedisSentinel;
  let a: Bus;
  let b: Bus;
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
    [a, b] = await twoMachines({ url: sentinel.url, sentinels: sentinel.sentinels });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await sentinel?.close();
  });

  it('counts rate limits through the Sentinel', async () => {
    await expectSharedRateLimit({ url: sentinel.url, sentinels: sentinel.sentinels });
  });

  it('follows the master to the promoted replica (gap signalled)', async () => {
    await expectDeliveryAcrossFailover(a, b, () => sentinel.killMaster());
  }, 90_000);
});

/** A's events reach B once, and again after `fail` (a failover); B reports the gap meanwhile. */
async function expectDeliveryAcrossFailover(a: Bus, b: Bus, fail: (conversationId: string) => Promise<unknown>): Promise<void> {
  const id = randomUUID();
  const onA = await collect(a, id);
  const onB = await collect(b, id);
  const gaps: number[] = [];
  const stopGapWatch = b.onGap(() => gaps.push(Date.now()));
  await a.publish(topics.typing(id), typing(id, 1));
  await waitUntil(async () => onB.seen.length === 1, 'B to get the event through Redis', 10_000);
  expect(onA.seen).toEqual(['agent:1']);

  await fail(id);
  await waitUntil(async () => gaps.length > 0, 'B to report the gap after the failover', 30_000);
  let n = 2;
  // The first publishes after a failover may still meet the old master; a later one gets through.
  await waitUntil(
    async () => {
      await a.publish(topics.typing(id), typing(id, n++));
      return onB.seen.length > 1;
    },
    'B to get events from the promoted replica',
    30_000,
  );
  expect(onA.seen.length).toBe(n - 1);
  expect(new Set(onB.seen).size).toBe(onB.seen.length);
  stopGapWatch();
  onA.unsubscribe();
  onB.unsubscribe();
}

/** Two machines' limiters share one counter: the third take of a 3-per-minute limit passes, the fourth fails. */
async function expectSharedRateLimit(redis: RedisTarget): Promise<void> {
  const config = redisConfig(redis);
  const [one, two] = await Promise.all([createRedisRateLimiter(config, log), createRedisRateLimiter(config, log)]);
  const key = `agent:${randomUUID()}`;
  await one.take('typing', key);
  await two.take('typing', key);
  await one.take('typing', key);
  await expect(two.take('typing', key)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  await Promise.all([one.close(), two.close()]);
}

// A partition or a paused server: the connection stays up but nothing answers, so no error
// comes. Counting and publishing must give up on Redis, not hold every operation until it answers.
describeWhen(hasRedisServer() ? null : 'redis-server is not installed', 'a Redis that stops answering', () => {
  let redis: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = await launchRedisServer(['--port', String(port), '--bind', '127.0.0.1']);
  });
  afterAll(async () => {
    redis?.kill('SIGCONT');
    await killProcess(redis);
  });

  it('counts rate limits in the process and publishes without waiting for it, then tells the others', async () => {
    const config = redisConfig({ url });
    const limiter = await createRedisRateLimiter(config, log);
    const [a, b] = await twoMachines({ url });
    const gaps: number[] = [];
    const stopGapWatch = b.onGap(() => gaps.push(Date.now()));
    redis.kill('SIGSTOP');
    try {
      const startedAt = Date.now();
      await limiter.take('sends', `agent:${randomUUID()}`);
      await a.publish(topics.typing('c1'), typing('c1', 1));
      // 1 s for the count, 2 publish attempts of 1 s with a 50 ms pause.
      expect(Date.now() - startedAt).toBeLessThan(6_000);
    } finally {
      redis.kill('SIGCONT');
    }
    await waitUntil(async () => gaps.length > 0, 'B to get the gap notice once Redis answers', 20_000);
    stopGapWatch();
    await Promise.all([a.close(), b.close(), limiter.close()]);
  }, 30_000);
});
