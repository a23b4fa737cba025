// A `--workers` worker for cluster-bus.test.ts: a relay bus driven by the test (the cluster
// primary) over IPC, reporting every relayed event that reached this process, listened to or not.
import { createRelayBus } from './cluster-bus.ts';
import type { Topic, TopicKind } from './topics.ts';

type Command = { test: 'subscribe' | 'unsubscribe'; topic: string } | { test: 'publish'; topic: string; count: number } | { test: 'report' };

const bus = createRelayBus();
const arrived: Record<string, number> = {};
const delivered: Record<string, number[]> = {};
const unsubscribers = new Map<string, () => void>();

process.on('message', async (message: { kefuRelay?: string; topic?: string } & Partial<Command>) => {
  if (message.kefuRelay === 'event') arrived[message.topic!] = (arrived[message.topic!] ?? 0) + 1;
  if (!message.test) return;
  const command = message as Command;
  const topic = ('topic' in command ? command.topic : '') as Topic<TopicKind>;
  if (command.test === 'subscribe') unsubscribers.set(topic, await bus.subscribe(topic, (payload) => (delivered[topic] ??= []).push((payload as unknown as { n: number }).n)));
  if (command.test === 'unsubscribe') unsubscribers.get(topic)?.();
  if (command.test === 'publish') for (let n = 0; n < command.count; n++) await bus.publish(topic, { n } as never);
  process.send!({ test: 'done', arrived, delivered });
});
process.send!({ test: 'ready' });
