// `--workers` mode: workers send events to the cluster primary over IPC and the primary relays
// each one to the other workers that watch its topic (the sender already delivered it, writer-local
// first). This is the machine's carrier with or without Redis; Redis then carries events to other
// machines. A worker watches a topic while it has a local listener, like a Redis SUBSCRIBE: an
// event nobody there listens to is not serialized, sent and parsed for nothing (before, every event
// went to every worker).
import cluster, { type Worker } from 'node:cluster';
import { createListenerRegistry, createLocalFirstBus, type Bus, type Carrier, type ListenerRegistry } from './bus.ts';

type RelayMessage =
  | { kefuRelay: 'event'; topic: string; payload: unknown }
  /** Worker → primary: send me this topic's events. The primary answers `watching` once it will. */
  | { kefuRelay: 'watch'; topic: string }
  | { kefuRelay: 'watching'; topic: string }
  | { kefuRelay: 'unwatch'; topic: string };

function isRelayMessage(message: unknown): message is RelayMessage {
  return typeof message === 'object' && message !== null && typeof (message as RelayMessage).kefuRelay === 'string';
}

/**
 * Which workers watch which topics; the primary's routing table. A topic's watchers are a small
 * array, not a Set: with 20,000 sockets the primary holds a topic per conversation, mostly with one
 * watcher, and a Set each cost about 0.2 KB per socket.
 */
export function createRelayRouter<W>() {
  const watchers = new Map<string, W[]>();
  const remove = (topic: string, list: W[], worker: W) => {
    const at = list.indexOf(worker);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) watchers.delete(topic);
  };
  return {
    watch(worker: W, topic: string): void {
      const list = watchers.get(topic);
      if (!list) watchers.set(topic, [worker]);
      else if (!list.includes(worker)) list.push(worker);
    },
    unwatch(worker: W, topic: string): void {
      const list = watchers.get(topic);
      if (list) remove(topic, list, worker);
    },
    /** A worker that exited watches nothing (its replacement starts with no listeners). Rare: a scan is fine. */
    forget(worker: W): void {
      for (const [topic, list] of watchers) remove(topic, list, worker);
    },
    /** The workers other than `sender` that watch `topic`. */
    recipients(topic: string, sender: W): W[] {
      const list = watchers.get(topic);
      return list ? list.filter((worker) => worker !== sender) : [];
    },
    watchedTopicCount: () => watchers.size,
  };
}

/** In the primary: forward each worker's events to the other workers that watch the topic. */
export function startClusterRelay(): void {
  const router = createRelayRouter<Worker>();
  cluster.on('message', (sender, message) => {
    if (!isRelayMessage(message)) return;
    switch (message.kefuRelay) {
      case 'event':
        for (const worker of router.recipients(message.topic, sender)) if (worker.isConnected()) worker.send(message);
        return;
      case 'watch':
        router.watch(sender, message.topic);
        // IPC keeps order both ways: an event this primary relays after this answer reaches the
        // worker, and one it relayed before was stored before the worker's subscriber reads storage.
        // (A send to a worker that is gone emits an 'error' event rather than failing here.)
        if (sender.isConnected()) sender.send({ kefuRelay: 'watching', topic: message.topic } satisfies RelayMessage);
        return;
      case 'unwatch':
        router.unwatch(sender, message.topic);
        return;
    }
  });
  cluster.on('exit', (worker) => router.forget(worker));
}

/** In a worker: carries events to and from the other workers of this machine through the primary. */
export function createRelayCarrier(registry: ListenerRegistry): Carrier {
  // The primary answers watches in the order it got them.
  const pendingWatches: Array<() => void> = [];
  const send = (message: RelayMessage) =>
    new Promise<void>((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
  const onMessage = (message: unknown) => {
    if (!isRelayMessage(message)) return;
    if (message.kefuRelay === 'event') registry.deliver(message.topic, message.payload);
    else if (message.kefuRelay === 'watching') pendingWatches.shift()?.();
  };
  process.on('message', onMessage);
  return {
    publish: (topic, payload) => send({ kefuRelay: 'event', topic, payload }),
    watch(topic) {
      return new Promise<void>((resolve, reject) => {
        pendingWatches.push(resolve);
        send({ kefuRelay: 'watch', topic }).catch((error: unknown) => {
          pendingWatches.splice(pendingWatches.indexOf(resolve), 1);
          reject(error);
        });
      });
    },
    unwatch(topic) {
      // Fails only when the primary is gone, and the worker exits with it.
      send({ kefuRelay: 'unwatch', topic }).catch(() => undefined);
    },
    async close() {
      process.off('message', onMessage);
    },
  };
}

/** A worker without Redis: the relay is the only carrier. */
export function createRelayBus(): Bus {
  const registry = createListenerRegistry();
  return createLocalFirstBus('cluster', registry, [createRelayCarrier(registry)]);
}
