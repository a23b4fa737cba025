// After an assignment commits: the conversation stream and inbox get the ASSIGNED event, and
// waiting visitors are told the queue moved.
import type { Deps } from '../../deps.ts';
import { topics, type InboxEventPayload } from '../../events/topics.ts';
import type { AppendedEvent } from '../../conversation-log/append-event.ts';
import { publishEvents } from '../../conversation-log/publish-event.ts';

export async function publishAssignment(deps: Pick<Deps, 'bus'>, appended: AppendedEvent[], reason: InboxEventPayload['reason'] = 'ASSIGNED'): Promise<void> {
  const last = appended.at(-1);
  if (!last) return;
  await Promise.all([publishEvents(deps, appended, reason), pingQueue(deps, last.conversation.workspaceId, last.conversation.id)]);
}

export function pingQueue(deps: Pick<Deps, 'bus'>, workspaceId: string, conversationId: string): Promise<void> {
  return deps.bus.publish(topics.queue(workspaceId), { conversationId });
}
