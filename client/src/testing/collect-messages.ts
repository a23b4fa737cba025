// Test harness: records what a follower delivers and resolves when the expected has arrived.
import type { ConversationMessage } from '../follow-conversation.ts';

export interface MessageCollector {
  received: ConversationMessage[];
  onMessage(message: ConversationMessage): void;
  /** Resolves once a message with this body has arrived. */
  waitForBody(body: string): Promise<ConversationMessage[]>;
}

export function createMessageCollector(): MessageCollector {
  const received: ConversationMessage[] = [];
  const waiters: { body: string; resolve(messages: ConversationMessage[]): void }[] = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (!received.some((message) => message.body === waiter.body)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve([...received]);
    }
  };
  return {
    received,
    onMessage(message) {
      received.push(message);
      settle();
    },
    waitForBody: (body) => new Promise((resolve) => (waiters.push({ body, resolve }), settle())),
  };
}
