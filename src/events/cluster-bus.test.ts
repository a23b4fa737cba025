// The `--workers` relay: the primary forwards an event only to the workers that watch its topic,
// and a subscribe resolves only once the primary will forward to it. Real node:cluster workers.
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayRouter, startClusterRelay } from './cluster-bus.ts';

describe('relay router', () => {
  it('sends a topic to the other workers that watch it, until they unwatch or exit', () => {
    const router = createRelayRouter<string>();
    router.watch('a', 'conversation:1');
    router.watch('b', 'conversation:1');
    router.watch('b', 'inbox:w');
    expect([...router.recipients('conversation:1', 'a')]).toEqual(['b']);
    expect([...router.recipients('conversation:1', 'c')]).toEqual(['a', 'b']);
    expect([...router.recipients('conversation:2', 'a')]).toEqual([]);
    router.unwatch('b', 'conversation:1');
    expect([...router.recipients('conversation:1', 'c')]).toEqual(['a']);
    router.forget('b');
    expect([...router.recipients('inbox:w', 'a')]).toEqual([]);
    router.forget('a');
    expect(router.watchedTopicCount()).toBe(0);
  });
});

interface Report {
  arrived: Record<string, number>;
  delivered: Record<string, number[]>;
}

describe('relay between real cluster workers', () => {
  const workers: Worker[] = [];
  const command = (worker: Worker, message: object) =>
    new Promise<Report>((resolve) => {
      const onMessage = (reply: { test?: string } & Report) => {
        if (reply.test !== 'done') return;
        worker.off('message', onMessage);
        resolve(reply);
      };
      worker.on('message', onMessage);
      worker.send(message);
    });

  beforeAll(async () => {
    startClusterRelay();
    cluster.setupPrimary({ exec: fileURLToPath(new URL('./cluster-bus-test-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'], silent: false });
    for (let i = 0; i < 3; i++) {
      const worker = cluster.fork();
      await new Promise<void>((resolve) => worker.on('message', (m: { test?: string }) => m.test === 'ready' && resolve()));
      workers.push(worker);
    }
  }, 60_000);
  afterAll(() => {
    for (const worker of workers) worker.kill();
  });

  it('forwards only to watching workers, in order, and stops after the last listener leaves', async () => {
    const [publisher, listener, bystander] = workers as [Worker, Worker, Worker];
    // The subscribe's answer comes after the primary registered the watch: nothing published later is missed.
    await command(listener, { test: 'subscribe', topic: 'conversation:a' });
    await command(publisher, { test: 'publish', topic: 'conversation:a', count: 50 });
    await command(publisher, { test: 'publish', topic: 'conversation:b', count: 50 });
    // IPC keeps order: a round trip to each worker after the publishes sees every relayed event.
    let listened = await command(listener, { test: 'report' });
    let ignored = await command(bystander, { test: 'report' });
    expect(listened.delivered['conversation:a']).toEqual(Array.from({ length: 50 }, (_, n) => n));
    expect(listened.arrived).toEqual({ 'conversation:a': 50 });
    expect(ignored.arrived).toEqual({});
    // The publisher delivered its own events locally (it has no listener) and got none back.
    expect((await command(publisher, { test: 'report' })).arrived).toEqual({});

    await command(listener, { test: 'unsubscribe', topic: 'conversation:a' });
    await command(bystander, { test: 'subscribe', topic: 'conversation:a' });
    await command(publisher, { test: 'publish', topic: 'conversation:a', count: 10 });
    listened = await command(listener, { test: 'report' });
    ignored = await command(bystander, { test: 'report' });
    expect(listened.arrived).toEqual({ 'conversation:a': 50 });
    expect(ignored.delivered['conversation:a']).toEqual(Array.from({ length: 10 }, (_, n) => n));
  });

  it('forgets a worker that exited', async () => {
    const bystander = workers[2]!;
    const exited = new Promise((resolve) => bystander.once('exit', resolve));
    bystander.kill();
    await exited;
    // Publishing to the topic the exited worker watched must not try to reach it.
    await command(workers[0]!, { test: 'publish', topic: 'conversation:a', count: 5 });
    expect((await command(workers[1]!, { test: 'report' })).arrived).toEqual({ 'conversation:a': 50 });
  });
});
