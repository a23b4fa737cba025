import { canAccessConversation, conversationAccessFilter, isStaff, requireServe, type StaffPrincipal } from '../auth/access.ts';
import { toConversationJson } from '../messages/publish-event.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { createAsyncQueue } from '../events/async-queue.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { topics, type InboxEventPayload } from '../events/topics.ts';
import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../messages/message.schema.ts';
import { ConversationRef } from './conversation.schema.ts';

const InboxEventReasonEnum = builder.enumType('InboxEventReason', {
  description: 'Why a conversation appears in the inbox stream.',
  values: {
    CREATED: { description: 'A visitor started it.' },
    UPDATED: { description: 'Status, priority, assignee or tags changed.' },
    MESSAGE: { description: 'A new message arrived.' },
    ASSIGNED: { description: 'Routing or a person assigned it (or returned it to the queue).' },
    TRANSFERRED: { description: 'It was transferred to another agent or department, or reassigned for lack of reply.' },
  },
});

const InboxEvent = builder.objectRef<InboxEventPayload>('InboxEvent').implement({
  description: 'A change to a conversation the caller may work on.',
  fields: (t) => ({
    reason: t.field({ type: InboxEventReasonEnum, description: 'Why it appears.', resolve: (e) => e.reason }),
    conversation: t.field({ type: ConversationRef, description: 'The conversation after the change.', resolve: (e) => e.conversation as never }),
    message: t.field({ type: MessageRef, nullable: true, description: 'The new message, for MESSAGE.', resolve: (e) => e.message as never }),
  }),
});

const MAX_CATCH_UP = 500;

function streamInbox(deps: Deps, principal: Principal | null, since: Date | null): AsyncGenerator<InboxEventPayload> {
  const caller = requireServe(principal);
  return createCancelableStream((signal) => generateInbox(deps, caller, since, signal));
}

// Live first (buffered), then a catch-up snapshot of what changed since `since`, then live: the
// inbox is state, so a conversation delivered twice is harmless, and none changed in between is missed.
// BOT keys get the same stream without internal notes.
async function* generateInbox(deps: Deps, caller: StaffPrincipal, since: Date | null, signal: AbortSignal): AsyncGenerator<InboxEventPayload> {
  const queue = createAsyncQueue<InboxEventPayload>(1000, () => new KefuError('RATE_LIMITED', 'The inbox stream fell too far behind; subscribe again.'));
  const seesNotes = isStaff(caller);
  const unsubscribe = await deps.bus.subscribe(topics.inbox(caller.workspaceId), (event) => {
    if (!seesNotes && event.message?.internal) return;
    if (canAccessConversation(caller, event.conversation)) queue.push(event);
  });
  signal.addEventListener('abort', () => queue.close());
  try {
    if (since) {
      const changed = await deps.db.conversation.findMany({
        where: { AND: [conversationAccessFilter(caller), { updatedAt: { gte: since } }] },
        orderBy: { updatedAt: 'asc' },
        take: MAX_CATCH_UP,
      });
      for (const conversation of changed) yield { reason: 'UPDATED', conversation: toConversationJson(conversation), message: null };
    }
    for (let event = await queue.next(); event; event = await queue.next()) {
      yield event;
    }
  } finally {
    unsubscribe();
    queue.close();
  }
}

builder.subscriptionField('inboxEvents', (t) =>
  t.field({
    type: InboxEvent,
    description:
      'Staff and BOT keys: live changes to conversations the caller may work on (new, assigned, transferred, updated, new messages; BOT keys never get internal notes). With `since` (e.g. the time of the last event before a reconnect), first sends every conversation changed since then (at most 500) as UPDATED.',
    authScopes: { serve: true },
    args: { since: t.arg({ type: 'DateTime', description: 'Catch up on conversations changed at or after this time first.' }) },
    subscribe: (_root, { since }, ctx) => streamInbox(ctx.deps, ctx.principal, since ?? null),
    resolve: (event) => event,
  }),
);
