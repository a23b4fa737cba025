// The event bus contract. Delivery is at-most-once on every implementation: subscribers that
// must not miss events resume from storage by seq (schema/PROTOCOL.md).
//
// Every bus delivers writer-local first: a publish reaches this process's subscribers at once,
// then carriers take it further (the `--workers` relay to the other processes of this machine,
// Redis to other machines). A carrier outage therefore delays only remote delivery, and each
// event reaches each process once: a carrier never hands an event back to the machine it came from.
import type { Topic, TopicKind, TopicPayloads } from './topics.ts';

export type Listener<K extends TopicKind> = (payload: TopicPayloads[K]) => void;

export interface Bus {
  readonly kind: 'memory' | 'cluster' | 'redis' | 'redis-cluster';
  /** Delivers to this process's subscribers, then resolves when carriers have taken the event (or given up). */
  publish<K extends TopicKind>(topic: Topic<K>, payload: TopicPayloads[K]): Promise<void>;
  /** Resolves once events published from now on will reach the listener; returns the unsubscribe. */
  subscribe<K extends TopicKind>(topic: Topic<K>, listener: Listener<K>): Promise<() => void>;
  /** Called after the bus may have dropped events (e.g. Redis reconnected): subscribers re-read storage. */
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Takes events beyond this process. `deliver` hands it events from elsewhere; it never echoes this machine's own. */
export interface Carrier {
  publish(topic: string, payload: unknown): Promise<void>;
  /** The first local listener of a topic appeared; resolves once remote events of the topic will arrive. */
  watch?(topic: string): Promise<void>;
  /** The last local listener of a topic left. */
  unwatch?(topic: string): void;
  close(): Promise<void>;
}

export type ListenerRegistry = ReturnType<typeof createListenerRegistry>;

/** Topic → listeners, shared by every bus: each process delivers one parsed payload to all of them. */
export function createListenerRegistry() {
  const byTopic = new Map<string, Set<(payload: never) => void>>();
  const gapListeners = new Set<() => void>();
  return {
    add(topic: string, listener: (payload: never) => void): boolean {
      let set = byTopic.get(topic);
      const isFirst = !set;
      if (!set) byTopic.set(topic, (set = new Set()));
      set.add(listener);
      return isFirst;
    },
    /** Returns true when the topic has no listeners left. */
    remove(topic: string, listener: (payload: never) => void): boolean {
      const set = byTopic.get(topic);
      if (!set) return false;
      set.delete(listener);
      if (set.size > 0) return false;
      byTopic.delete(topic);
      return true;
    },
    deliver(topic: string, payload: unknown): void {
      for (const listener of byTopic.get(topic) ?? []) (listener as (p: unknown) => void)(payload);
    },
    topics: () => [...byTopic.keys()],
    onGap(listener: () => void): () => void {
      gapListeners.add(listener);
      return () => gapListeners.delete(listener);
    },
    signalGap(): void {
      for (const listener of gapListeners) listener();
    },
  };
}

/** A bus over `carriers` (none: one process). The registry is the carriers' way in (deliver, signalGap). */
export function createLocalFirstBus(kind: Bus['kind'], registry: ListenerRegistry, carriers: Carrier[]): Bus {
  // A topic's carriers are told once, by its first listener; later listeners wait for that too.
  const watching = new Map<string, Promise<unknown>>();
  return {
    kind,
    async publish(topic, payload) {
      // In-process subscribers get the publisher's object, not a copy through JSON (that copy was
      // 4 % of a message's CPU): payloads are JSON by construction (topics.ts; publish-event.test.ts
      // checks the stored events' payloads survive JSON unchanged), so remote subscribers parse an
      // equal one. Nobody changes a payload after it is published.
      registry.deliver(topic, payload);
      if (carriers.length > 0) await Promise.all(carriers.map((carrier) => carrier.publish(topic, payload)));
    },
    async subscribe(topic, listener) {
      if (registry.add(topic, listener as never)) watching.set(topic, Promise.all(carriers.map((carrier) => carrier.watch?.(topic))));
      await watching.get(topic);
      return () => {
        if (!registry.remove(topic, listener as never)) return;
        watching.delete(topic);
        for (const carrier of carriers) carrier.unwatch?.(topic);
      };
    },
    onGap: registry.onGap,
    async close() {
      await Promise.allSettled(carriers.map((carrier) => carrier.close()));
    },
  };
}

export function createMemoryBus(): Bus {
  return createLocalFirstBus('memory', createListenerRegistry(), []);
}
