// The timers of tickets, driven from the database like routing's (routing/start-routing-sweeper.ts):
// every routing.sweepIntervalMs each process wakes the conversations whose snooze ran out.
import type { Deps } from '../deps.ts';
import { startPeriodicTask, type PeriodicTask } from '../periodic-task.ts';
import { wakeSnoozedConversations } from './wake-snoozed-conversations.ts';

export function startTicketSweeper(deps: Deps): PeriodicTask {
  return startPeriodicTask(deps.log, 'ticket sweep', deps.config.routing.sweepIntervalMs, () => wakeSnoozedConversations(deps));
}
