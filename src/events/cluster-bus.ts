// `--workers` mode: workers send events to the cluster primary over IPC and the primary relays
// each one to every other worker (the sender already delivered it, writer-local first). This is
// the machine's carrier with or without Redis; Redis then carries events to other machines.
import cluster from 'node:cluster';
import { createListenerRegistry, createLocalFirstBus, type Bus, type Carrier, type ListenerRegistry } from './bus.ts';

interface RelayMessage {
  kefuRelay: true;
  topic: string;
  payload: unknown;
}

function isRelayMessage(message: unknown): message is RelayMessage {
  return typeof message === 'object' && message !== null && (message as RelayMessage).kefuRelay === true;
}

/** In the primary: forward every worker's events to all the other workers. */
export function startClusterRelay(): void {
  cluster.on('message', (sender, message) => {
    if (!isRelayMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== sender && worker.isConnected()) worker.send(message);
    }
  });
}

/** In a worker: carries events to and from the other workers of this machine through the primary. */
export function createRelayCarrier(registry: ListenerRegistry): Carrier {
  const onMessage = (message: unknown) => {
    if (isRelayMessage(message)) registry.deliver(message.topic, message.payload);
  };
  process.on('message', onMessage);
  return {
    publish(topic, payload) {
      const message: RelayMessage = { kefuRelay: true, topic, payload };
      return new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
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
