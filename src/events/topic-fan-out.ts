// One bus listener per topic for every member of it in this process (issue 19): a stream joins
// its topic instead of subscribing a listener of its own. Members are plain records and the
// handlers are one object per kind of member, so a member costs a Set entry, not closures.
import type { Bus } from './bus.ts';
import type { Topic, TopicKind, TopicPayloads } from './topics.ts';

export interface FanOutHandlers<K extends TopicKind, M> {
  /** An event of the member's topic, in publish order. */
  event(member: M, payload: TopicPayloads[K]): void;
  /** The bus may have dropped events (e.g. Redis reconnected): the member re-reads storage. */
  gap(member: M): void;
}

/** A topic with its members; `shared` holds what its members have in common (set by the first). */
export interface TopicMembers<M, S> {
  readonly members: Set<M>;
  shared: S;
  /** Resolves once the bus delivers the topic's events (rejects if it could not subscribe). */
  readonly subscribed: Promise<unknown>;
}

export interface TopicFanOut {
  /** Adds `member` to `topic` (the first member subscribes the topic on the bus). Await `subscribed` before relying on it. */
  join<K extends TopicKind, M, S>(topic: Topic<K>, member: M, handlers: FanOutHandlers<K, M>, shared: S): TopicMembers<M, S>;
  /** Removes `member`; the bus listener goes with the topic's last member. */
  leave<K extends TopicKind, M, S>(topic: Topic<K>, joined: TopicMembers<M, S>, member: M): void;
  topicCount(): number;
  /** Stops watching for bus gaps. Topics are released by their members leaving. */
  close(): void;
}

interface Entry {
  members: Set<unknown>;
  shared: unknown;
  handlers: FanOutHandlers<TopicKind, unknown>;
  subscribed: Promise<() => void>;
}

export function createTopicFanOut(bus: Bus): TopicFanOut {
  const entries = new Map<string, Entry>();
  const stopGapWatch = bus.onGap(() => {
    for (const entry of entries.values()) for (const member of entry.members) entry.handlers.gap(member);
  });
  return {
    join<K extends TopicKind, M, S>(topic: Topic<K>, member: M, handlers: FanOutHandlers<K, M>, shared: S): TopicMembers<M, S> {
      let entry = entries.get(topic);
      if (!entry) {
        const created: Entry = { members: new Set(), shared, handlers: handlers as FanOutHandlers<TopicKind, unknown>, subscribed: null as never };
        created.subscribed = bus.subscribe(topic, (payload) => {
          for (const each of created.members) created.handlers.event(each, payload);
        });
        // Its members see the failure (they await it); the topic's next member tries again.
        created.subscribed.catch(() => entries.get(topic) === created && entries.delete(topic));
        entries.set(topic, (entry = created));
      }
      entry.members.add(member);
      return entry as unknown as TopicMembers<M, S>;
    },
    leave<K extends TopicKind, M, S>(topic: Topic<K>, joined: TopicMembers<M, S>, member: M): void {
      const entry = joined as unknown as Entry;
      if (!entry.members.delete(member) || entry.members.size > 0) return;
      if (entries.get(topic) === entry) entries.delete(topic);
      // A failed subscribe has nothing to undo, and its members already got the error.
      entry.subscribed.then((unsubscribe) => unsubscribe(), () => undefined);
    },
    topicCount: () => entries.size,
    close: () => void stopGapWatch(),
  };
}
