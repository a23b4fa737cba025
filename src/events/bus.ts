// The event bus contract. Delivery is at-most-once on every implementation: subscribers that
// must not miss events resume from storage by seq (schema/PROTOCOL.md).
import type { Topic, TopicKind, TopicPayloads } from './topics.ts';

export type Listener<K extends TopicKind> = (payload: TopicPayloads[K]) => void;

export interface Bus {
  readonly kind: 'memory' | 'cluster' | 'redis';
  /** Resolves when the event has left this process (or reached local subscribers). */
  publish<K extends TopicKind>(topic: Topic<K>, payload: TopicPayloads[K]): Promise<void>;
  /** Resolves once events published from now on will reach the listener; returns the unsubscribe. */
  subscribe<K extends TopicKind>(topic: Topic<K>, listener: Listener<K>): Promise<() => void>;
  /** Called after the bus may have dropped events (e.g. Redis reconnected): subscribers re-read storage. */
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

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

export function createMemoryBus(): Bus {
  const registry = createListenerRegistry();
  return {
    kind: 'memory',
    async publish(topic, payload) {
      // Round-trip through JSON so in-process subscribers see what Redis subscribers see.
      registry.deliver(topic, JSON.parse(JSON.stringify(payload)));
    },
    async subscribe(topic, listener) {
      registry.add(topic, listener as never);
      return () => void registry.remove(topic, listener as never);
    },
    onGap: registry.onGap,
    async close() {},
  };
}
