import { canAccessConversation, conversationAccessFilter, isStaff, requireServe, type StaffPrincipal } from '../auth/access.ts';
import { toConversationJson } from '../conversation-log/publish-event.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { createAsyncQueue } from '../events/async-queue.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { topics, type InboxEventPayload } from '../events/topics.ts';
import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { ConversationRef } from '../conversation-log/conversation.schema.ts';

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

function streamInboxRemovals(deps: Deps, principal: Principal | null): AsyncGenerator<string> {
  const caller = requireServe(principal);
  return createCancelableStream((signal) => generateInboxRemovals(deps, caller, signal));
}

/** The workspace's inbox events that `pick` turns into something for the caller, queued from now until the stream ends. */
async function followInbox<T>(deps: Deps, caller: StaffPrincipal, signal: AbortSignal, pick: (event: InboxEventPayload) => T | null) {
  const queue = createAsyncQueue<T>(1000, () => new KefuError('RATE_LIMITED', 'The inbox stream fell too far behind; subscribe again.'));
  const unsubscribe = await deps.bus.subscribe(topics.inbox(caller.workspaceId), (event) => {
    const picked = pick(event);
    if (picked !== null) queue.push(picked);
  });
  signal.addEventListener('abort', () => queue.close());
  return {
    next: () => queue.next(),
    close() {
      unsubscribe();
      queue.close();
    },
  };
}

// Live first (buffered), then a catch-up snapshot of what changed since `since`, then live: the
// inbox is state, so a conversation delivered twice is harmless, and none changed in between is missed.
// BOT keys get the same stream without internal notes.
async function* generateInbox(deps: Deps, caller: StaffPrincipal, since: Date | null, signal: AbortSignal): AsyncGenerator<InboxEventPayload> {
  const seesNotes = isStaff(caller);
  const live = await followInbox(deps, caller, signal, (event) => ((!seesNotes && event.message?.internal) || !canAccessConversation(caller, event.conversation) ? null : event));
  try {
    if (since) {
      const changed = await deps.db.conversation.findMany({
        where: { AND: [conversationAccessFilter(caller), { updatedAt: { gte: since } }] },
        orderBy: { updatedAt: 'asc' },
        take: MAX_CATCH_UP,
      });
      for (const conversation of changed) yield { reason: 'UPDATED', conversation: toConversationJson(conversation), message: null };
    }
    for (let event = await live.next(); event; event = await live.next()) {
      yield event;
    }
  } finally {
    live.close();
  }
}

// An AGENT-role agent sees the queue and its own conversations; when one goes to a colleague, its
// inbox stream says nothing more about it (it may not see it), so this stream names it instead.
// Without the state before the change it cannot tell which it had: it names every one it loses
// sight of, and the client drops those it shows.
async function* generateInboxRemovals(deps: Deps, caller: StaffPrincipal, signal: AbortSignal): AsyncGenerator<string> {
  const live = await followInbox(deps, caller, signal, (event) =>
    (event.reason === 'ASSIGNED' || event.reason === 'TRANSFERRED') && !canAccessConversation(caller, event.conversation) ? event.conversation.id : null,
  );
  try {
    for (let id = await live.next(); id; id = await live.next()) yield id;
  } finally {
    live.close();
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

builder.subscriptionField('inboxRemovals', (t) =>
  t.field({
    type: 'ID',
    description:
      'AGENT-role agents: from now on, the id of each conversation assigned or transferred to someone else, which the caller can no longer see: drop it from the inbox if it is there (ids of conversations the caller never had come too; ignore them). inboxEvents says nothing more about such a conversation. Callers who see every conversation (admins, owners, API keys) get none.',
    authScopes: { serve: true },
    subscribe: (_root, _args, ctx) => streamInboxRemovals(ctx.deps, ctx.principal),
    resolve: (id) => id,
  }),
);
