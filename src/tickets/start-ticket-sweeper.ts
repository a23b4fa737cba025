// The timers of tickets, driven from the database like routing's (routing/start-routing-sweeper.ts):
// every routing.sweepIntervalMs each process wakes the conversations whose snooze ran out.
import type { Deps } from '../deps.ts';
import { wakeSnoozedConversations } from './wake-snoozed-conversations.ts';

export function startTicketSweeper(deps: Deps): { close(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = wakeSnoozedConversations(deps)
      .catch((error) => deps.log.warn({ err: error }, 'ticket sweep failed'))
      .finally(() => (running = null));
  }, deps.config.routing.sweepIntervalMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
