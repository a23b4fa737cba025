// The resumable conversation stream (contract: schema/PROTOCOL.md). Subscribe live first and
// buffer, then replay seq > afterSeq from storage, then stream live, dropping seq ≤ last sent.
// A live event whose prevSeq (prevVisitorSeq for visitors) is beyond what was sent reveals a
// missed publish, and the gap is read from storage; so is everything after a bus reconnect.
import { canSeeInternal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { createAsyncQueue } from '../events/async-queue.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { markSpan } from '../tracing/in-span.ts';
import { topics, type ConversationEventPayload, type MessageJson } from '../events/topics.ts';
import { findAccessibleConversation } from '../conversations/find-accessible-conversation.ts';
import { accessLostError, isAccessLostBy } from '../conversations/watch-conversation-access.ts';
import { toMessageJson } from './append-event.ts';
import { readLastSeq } from '../storage/sql/conversation.ts';
import { readMessagesAfter } from '../storage/sql/message.ts';

export interface ResyncRequired {
  conversationId: string;
  afterSeq: number;
  latestSeq: number;
}

export type ConversationStreamItem = MessageJson | ResyncRequired;

type QueueItem = { kind: 'event'; payload: ConversationEventPayload } | { kind: 'gap' };

const MAX_BUFFERED_EVENTS = 1000;

/** The stream; stopping it (return()) releases the bus listener at once, even while idle. */
export function streamConversationEvents(
  deps: Deps,
  principal: Principal | null,
  args: { conversationId: string; afterSeq?: number | null },
): AsyncGenerator<ConversationStreamItem> {
  return createCancelableStream((signal) => generateConversationEvents(deps, principal, args, signal));
}

async function* generateConversationEvents(
  deps: Deps,
  principal: Principal | null,
  args: { conversationId: string; afterSeq?: number | null },
  signal: AbortSignal,
): AsyncGenerator<ConversationStreamItem> {
  // Only what the stream needs is kept for its lifetime (an idle socket holds it for hours).
  const { id, workspaceId, visitorId } = await findAccessibleConversation(deps, principal, args.conversationId);
  const conversation = { id, workspaceId, visitorId };
  const seesInternal = canSeeInternal(principal);
  const replayLimit = deps.config.realtime.replayLimit;
  const queue = createAsyncQueue<QueueItem>(
    MAX_BUFFERED_EVENTS,
    () => new KefuError('RATE_LIMITED', 'This subscription fell too far behind; resubscribe with afterSeq to resume.'),
  );
  const unsubscribe = await deps.bus.subscribe(topics.conversation(conversation.id), (payload) => queue.push({ kind: 'event', payload }));
  const stopGapWatch = deps.bus.onGap(() => queue.push({ kind: 'gap' }));
  const stop = () => queue.close();
  signal.addEventListener('abort', stop);
  if (signal.aborted) stop();

  const readAfter = async (afterSeq: number, beforeSeq?: number) =>
    (await readMessagesAfter(deps.sql, { conversationId: conversation.id, afterSeq, beforeSeq, includeInternal: seesInternal, limit: replayLimit + 1 })).map(toMessageJson);

  try {
    const latestSeq = await readLastSeq(deps.sql, conversation.id);
    let lastSent = args.afterSeq ?? latestSeq;
    if (args.afterSeq != null) {
      const backlog = lastSent > latestSeq ? null : lastSent === latestSeq ? [] : await readAfter(lastSent);
      if (!backlog || backlog.length > replayLimit) {
        deps.metrics.resumes.inc({ recovered: 'false' });
        yield { conversationId: conversation.id, afterSeq: lastSent, latestSeq };
        return;
      }
      deps.metrics.resumes.inc({ recovered: 'true' });
      for (const message of backlog) {
        deps.metrics.deliveries.inc();
        yield message;
        lastSent = message.seq;
      }
    }
    for (;;) {
      const item = await queue.next();
      if (!item) return;
      const missed =
        item.kind === 'gap'
          ? await readAfter(lastSent)
          : (seesInternal ? item.payload.prevSeq : item.payload.prevVisitorSeq) > lastSent
            ? await readAfter(lastSent, item.payload.message.seq)
            : [];
      if (missed.length > 0) deps.metrics.gapFills.inc(missed.length);
      const live = item.kind === 'event' && (seesInternal || !item.payload.message.internal) ? [item.payload.message] : [];
      for (const message of [...missed, ...live]) {
        if (message.seq <= lastSent) continue;
        if (isAccessLostBy(principal, conversation, message)) throw accessLostError();
        deps.metrics.deliveries.inc();
        if (live[0] === message) {
          deps.metrics.deliveryLatency.observe((Date.now() - Date.parse(message.createdAt)) / 1000);
          markSpan('kefu.message.deliver', item.kind === 'event' ? item.payload.traceparent : undefined, { 'kefu.conversation_id': conversation.id, 'kefu.seq': message.seq });
        }
        yield message;
        lastSent = message.seq;
      }
    }
  } finally {
    signal.removeEventListener('abort', stop);
    stopGapWatch();
    unsubscribe();
    queue.close();
  }
}
