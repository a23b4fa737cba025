// After an assignment commits: the conversation stream and inbox get the ASSIGNED event, and
// waiting visitors are told the queue moved.
import type { Deps } from '../../deps.ts';
import { type InboxEventPayload, topics } from '../../events/topics.ts';
import type { AppendedEvent } from '../../conversation-log/append-event.ts';
import { publishEvents } from '../../conversation-log/publish-event.ts';
import { pluginHooks } from '../../plugins/run-hooks.ts';

export async function publishAssignment(deps: Deps, appended: AppendedEvent[], reason: InboxEventPayload['reason'] = 'ASSIGNED'): Promise<void> {
  const last = appended.at(-1);
  if (!last) return;
  await Promise.all([publishEvents(deps, appended, reason), pingQueue(deps, last.conversation.workspaceId, last.conversation.id)]);
  if (last.conversation.assigneeId) pluginHooks.conversationAssigned(deps, last.conversation);
}

export function pingQueue(deps: Pick<Deps, 'bus'>, workspaceId: string, conversationId: string): Promise<void> {
  return deps.bus.publish(topics.queue(workspaceId), { conversationId });
}
