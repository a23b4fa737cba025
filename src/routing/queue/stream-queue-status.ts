// The visitor's queue subscription: the current status, then a new one whenever the queue moves.
// Bus pings only say "something moved"; the status is always re-read from storage, so a missed
// ping (or a bus reconnect) costs at most one stale value, never a wrong one.
import type { Principal } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { createCancelableStream } from '../../events/cancelable-stream.ts';
import { topics } from '../../events/topics.ts';
import { findAccessibleConversation } from '../../conversation-log/find-accessible-conversation.ts';
import { readQueueStatus, type QueueStatus } from './read-queue-status.ts';

/** Stopping the stream (return()) releases the bus listener at once, even while idle. */
export function streamQueueStatus(deps: Deps, principal: Principal | null, conversationId: string): AsyncGenerator<QueueStatus> {
  return createCancelableStream((signal) => generateQueueStatus(deps, principal, conversationId, signal));
}

async function* generateQueueStatus(deps: Deps, principal: Principal | null, conversationId: string, signal: AbortSignal): AsyncGenerator<QueueStatus> {
  const conversation = await findAccessibleConversation(deps, principal, conversationId);
  let isDirty = true;
  let wake: (() => void) | null = null;
  const markDirty = () => {
    isDirty = true;
    wake?.();
  };
  const unsubscribe = await deps.bus.subscribe(topics.queue(conversation.workspaceId), markDirty);
  const stopGapWatch = deps.bus.onGap(markDirty);
  signal.addEventListener('abort', markDirty);
  let last = '';
  try {
    for (;;) {
      if (!isDirty) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (signal.aborted) return;
      isDirty = false;
      const status = await readQueueStatus(deps, conversation.id);
      const key = JSON.stringify(status);
      if (key !== last) {
        last = key;
        yield status;
      }
    }
  } finally {
    stopGapWatch();
    unsubscribe();
  }
}
