// The only way a conversation event is stored: one transaction bumps the conversation's lastSeq
// (one UPDATE) and inserts the row with that seq, so seqs are gap-free and ordered under concurrent writers in
// any number of processes. Publishing happens after commit (publish-event.ts). This is the
// busiest write in Kefu, so it is prepared SQL (storage/sql/), not Prisma. The inbox order
// follows behind it (trail-inbox-order.ts).
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { ConversationEventPayload, MessageJson } from '../events/topics.ts';
import type { Prisma } from '../storage/models.ts';
import type { AuthorType, Conversation, Message, MessageKind } from '../storage/models.ts';
import { toSearchText } from '../storage/search-text.ts';
import { retryOnLockConflict } from '../storage/retry-on-lock-conflict.ts';
import { bumpLastSeq, type ConversationChanges, type ConversationGuard, type ReplyTimerChange, updateConversationWhereInTx } from '../storage/sql/conversation.ts';
import type { SqlDialect } from '../storage/sql/dialect.ts';
import { insertMessage } from '../storage/sql/message.ts';
import { newRowId } from '../storage/sql/new-row-id.ts';
import { lockWorkspaceForEventSteps, recordWorkspaceEventSteps } from '../storage/sql/workspace-event.ts';
import { workspaceEventTypeOf } from '../events/workspace-event-types.ts';
import { runStepsInPrismaTransaction } from '../storage/sql/prisma-transaction-steps.ts';
import type { Steps } from '../storage/sql/sql-store.ts';

export interface NewEvent {
  /** Given when the caller needs the id before the row exists (attachments claimed for it). */
  id?: string;
  workspaceId: string;
  conversationId: string;
  kind: MessageKind;
  authorType: AuthorType;
  authorAgentId?: string | null;
  authorVisitorId?: string | null;
  authorApiKeyId?: string | null;
  body: string;
  internal?: boolean;
  clientMessageId?: string | null;
  data?: Prisma.InputJsonValue;
  /** The reply timer's move in the same UPDATE (routing/assignment/reply-timer.ts). */
  replyTimer?: ReplyTimerChange;
  /** Extra searchable text besides the body (attachment file names). */
  searchExtra?: string;
}

export interface AppendedEvent {
  message: Message;
  conversation: Conversation;
  payload: ConversationEventPayload;
}

/** The statements of one append: bump the conversation's seq, insert the row with that seq. */
function* appendEventSteps(dialect: SqlDialect, event: NewEvent, changes: ConversationChanges, now: Date): Steps<AppendedEvent> {
  const internal = event.internal ?? false;
  yield* lockWorkspaceForEventSteps(dialect, event.workspaceId);
  const bumped = yield* bumpLastSeq(dialect, { conversationId: event.conversationId, workspaceId: event.workspaceId, isVisibleToVisitor: !internal, replyTimer: event.replyTimer }, changes, now);
  if (!bumped) throw new KefuError('NOT_FOUND', 'No conversation with this id is visible to you.');
  const { conversation, prevVisitorSeq } = bumped;
  const seq = conversation.lastSeq;
  const message: Message = {
    id: event.id ?? newRowId(),
    workspaceId: event.workspaceId,
    conversationId: event.conversationId,
    seq,
    kind: event.kind,
    authorType: event.authorType,
    authorAgentId: event.authorAgentId ?? null,
    authorVisitorId: event.authorVisitorId ?? null,
    authorApiKeyId: event.authorApiKeyId ?? null,
    body: event.body,
    internal,
    clientMessageId: event.clientMessageId ?? null,
    data: (event.data ?? null) as Message['data'],
    searchText: event.kind === 'TEXT' || event.kind === 'LEFT_MESSAGE' ? toSearchText(event.searchExtra ? `${event.body} ${event.searchExtra}` : event.body) : '',
    createdAt: now,
  };
  yield insertMessage(dialect, message);
  // The workspace stream and webhooks read this row (src/workspace-events/), so it commits with the message.
  yield* recordWorkspaceEventSteps(dialect, { workspaceId: event.workspaceId, type: workspaceEventTypeOf(event.kind), conversationId: event.conversationId, messageId: message.id }, now);
  return { message, conversation, payload: { message: toMessageJson(message), prevSeq: seq - 1, prevVisitorSeq } };
}

/** Inside an open Prisma transaction, before its first write: the lock order appends need (MySQL, workspace-event.ts). */
export function lockWorkspaceForEventInTx(deps: Pick<Deps, 'sql'>, tx: Prisma.TransactionClient, workspaceId: string): Promise<void> {
  return runStepsInPrismaTransaction(tx, deps.sql.dialect, lockWorkspaceForEventSteps(deps.sql.dialect, workspaceId));
}

/** Inside an open Prisma transaction (routing's claims): appends one event. */
export function appendEventInTx(deps: Pick<Deps, 'sql' | 'inboxOrder'>, tx: Prisma.TransactionClient, event: NewEvent): Promise<AppendedEvent> {
  // Touched before the commit: a copy that runs first waits for this transaction's row lock (or
  // SQLite's write lock) and copies the committed value.
  deps.inboxOrder.touch(event.conversationId);
  return runStepsInPrismaTransaction(tx, deps.sql.dialect, appendEventSteps(deps.sql.dialect, event, {}, new Date()));
}

/**
 * One transaction, in the lock order appends need: the conversation changes only while it still
 * matches `guard`, and then `event` is appended. null when it no longer matched (another process
 * got there first); so a state change and the event that tells of it are seen together or not at all.
 */
export async function appendIfConversationMatches(
  deps: Pick<Deps, 'db' | 'sql' | 'metrics' | 'inboxOrder'>,
  guard: ConversationGuard,
  changes: ConversationChanges,
  event: NewEvent,
): Promise<AppendedEvent | null> {
  const appended = await retryOnLockConflict(() =>
    deps.db.$transaction(
      async (tx) => {
        await lockWorkspaceForEventInTx(deps, tx, event.workspaceId);
        if (!(await updateConversationWhereInTx(tx, deps.sql.dialect, guard, changes))) return null;
        return appendEventInTx(deps, tx, event);
      },
      { maxWait: 15_000, timeout: 20_000 },
    ),
  );
  if (appended) deps.metrics.messagesStored.inc();
  return appended;
}

/** Appends events to one conversation in one transaction (e.g. a status change and its notice). */
export async function appendEvents(deps: Pick<Deps, 'sql' | 'metrics' | 'inboxOrder'>, events: NewEvent[], changes: ConversationChanges = {}): Promise<AppendedEvent[]> {
  const dialect = deps.sql.dialect;
  const now = new Date();
  const appended = await deps.sql.transaction(function* () {
    const out: AppendedEvent[] = [];
    for (const [i, event] of events.entries()) out.push(yield* appendEventSteps(dialect, event, i === 0 ? changes : {}, now));
    return out;
  });
  deps.metrics.messagesStored.inc(appended.length);
  for (const { conversation } of appended) deps.inboxOrder.touch(conversation.id);
  return appended;
}

export function toMessageJson(message: Message): MessageJson {
  const { searchText: _searchText, createdAt, ...rest } = message;
  return { ...rest, createdAt: createdAt.toISOString() } as MessageJson;
}
