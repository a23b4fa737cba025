// Embedded multi-worker mode (no Redis): workers send events to the cluster primary over IPC and
// the primary relays each one to every worker. One machine only; use Redis across machines.
import cluster from 'node:cluster';
import { createListenerRegistry, type Bus } from './bus.ts';

interface RelayMessage {
  kefuRelay: true;
  topic: string;
  payload: unknown;
}

function isRelayMessage(message: unknown): message is RelayMessage {
  return typeof message === 'object' && message !== null && (message as RelayMessage).kefuRelay === true;
}

/** In the primary: forward every worker's events to all workers. */
export function startClusterRelay(): void {
  cluster.on('message', (_worker, message) => {
    if (!isRelayMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker?.isConnected()) worker.send(message);
    }
  });
}

/** In a worker: a Bus whose events travel through the primary. */
export function createClusterBus(): Bus {
  const registry = createListenerRegistry();
  const onMessage = (message: unknown) => {
    if (isRelayMessage(message)) registry.deliver(message.topic, message.payload);
  };
  process.on('message', onMessage);
  return {
    kind: 'cluster',
    publish(topic, payload) {
      const message: RelayMessage = { kefuRelay: true, topic, payload: JSON.parse(JSON.stringify(payload)) };
      return new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
    },
    async subscribe(topic, listener) {
      registry.add(topic, listener as never);
      return () => void registry.remove(topic, listener as never);
    },
    onGap: registry.onGap,
    async close() {
      process.off('message', onMessage);
    },
  };
}
