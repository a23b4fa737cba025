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
import { bumpedConversation, bumpLastSeq, bumpLastSeqStatement, findConversationForSend, readConversationForSend, type BumpTarget, type ConversationChanges, type ConversationForSend, type ConversationGuard, type ReplyTimerChange, updateConversationWhereInTx } from '../storage/sql/conversation.ts';
import type { SqlDialect } from '../storage/sql/dialect.ts';
import { insertMessage } from '../storage/sql/message.ts';
import { newRowId } from '../storage/sql/new-row-id.ts';
import { lockWorkspaceForEventSteps, recordWorkspaceEventSteps, unnumberedWorkspaceEvent } from '../storage/sql/workspace-event.ts';
import { appendInOneStatement } from '../storage/sql/postgres-append.ts';
import { workspaceEventTypeOf } from '../events/workspace-event-types.ts';
import { runStepsInPrismaTransaction } from '../storage/sql/prisma-transaction-steps.ts';
import type { SqlStore, Steps } from '../storage/sql/sql-store.ts';

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
  yield* lockWorkspaceForEventSteps(dialect, event.workspaceId);
  const bumped = yield* bumpLastSeq(dialect, bumpTargetOf(event), changes, now);
  if (!bumped) throw conversationNotFound();
  const message: Message = { ...unnumberedMessage(event, now), seq: bumped.conversation.lastSeq };
  yield insertMessage(dialect, message);
  // The workspace stream and webhooks read this row (src/workspace-events/), so it commits with the message.
  yield* recordWorkspaceEventSteps(dialect, workspaceEventOf(message), now);
  return appendedEvent(message, bumped);
}

/** PostgreSQL: the same writes as appendEventSteps in one statement, without BEGIN and COMMIT (storage/sql/postgres-append.ts). */
async function appendInOneStatementOnPostgres(store: SqlStore, event: NewEvent, changes: ConversationChanges, now: Date): Promise<AppendedEvent> {
  const draft = unnumberedMessage(event, now);
  const bump = bumpLastSeqStatement(store.dialect, bumpTargetOf(event), changes, now);
  const [row] = await store.all(appendInOneStatement(store.dialect, bump, draft, unnumberedWorkspaceEvent(workspaceEventOf(draft), now)));
  if (!row) throw conversationNotFound();
  const bumped = bumpedConversation(store.dialect, row, !draft.internal);
  return appendedEvent({ ...draft, seq: bumped.conversation.lastSeq }, bumped);
}

const conversationNotFound = () => new KefuError('NOT_FOUND', 'No conversation with this id is visible to you.');

const bumpTargetOf = (event: NewEvent): BumpTarget => ({
  conversationId: event.conversationId,
  workspaceId: event.workspaceId,
  isVisibleToVisitor: !(event.internal ?? false),
  replyTimer: event.replyTimer,
});

function unnumberedMessage(event: NewEvent, now: Date): Omit<Message, 'seq'> {
  return {
    id: event.id ?? newRowId(),
    workspaceId: event.workspaceId,
    conversationId: event.conversationId,
    kind: event.kind,
    authorType: event.authorType,
    authorAgentId: event.authorAgentId ?? null,
    authorVisitorId: event.authorVisitorId ?? null,
    authorApiKeyId: event.authorApiKeyId ?? null,
    body: event.body,
    internal: event.internal ?? false,
    clientMessageId: event.clientMessageId ?? null,
    data: (event.data ?? null) as Message['data'],
    searchText: event.kind === 'TEXT' || event.kind === 'LEFT_MESSAGE' ? toSearchText(event.searchExtra ? `${event.body} ${event.searchExtra}` : event.body) : '',
    createdAt: now,
  };
}

const workspaceEventOf = (message: Omit<Message, 'seq'>) => ({ workspaceId: message.workspaceId, type: workspaceEventTypeOf(message.kind), conversationId: message.conversationId, messageId: message.id });

function appendedEvent(message: Message, { conversation, prevVisitorSeq }: { conversation: Conversation; prevVisitorSeq: number }): AppendedEvent {
  return { message, conversation, payload: { message: toMessageJson(message), prevSeq: message.seq - 1, prevVisitorSeq } };
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

/** What an append decides from its conversation: the changes to make with it, or why not to append. */
export type AppendDecision<R> = { changes: ConversationChanges } | { refusal: R };

/**
 * Appends `event` if `decide`, given the conversation as it is in the append's own transaction
 * (null: no such conversation in the event's workspace), says so. On SQLite and MySQL the read is
 * a statement of the append's transaction (on SQLite inside the group commit, a fraction of a
 * read of its own); on PostgreSQL it runs just before the append's one statement. A refusal writes nothing.
 */
export async function appendEventIfAllowed<R>(
  deps: Pick<Deps, 'sql' | 'metrics' | 'inboxOrder'>,
  event: NewEvent,
  decide: (conversation: ConversationForSend | null) => AppendDecision<R>,
): Promise<AppendedEvent | { refusal: R }> {
  const { dialect } = deps.sql;
  const now = new Date();
  let outcome: AppendedEvent | { refusal: R };
  if (dialect.name === 'postgresql') {
    const decision = decide(await findConversationForSend(deps.sql, event.conversationId, event.workspaceId));
    outcome = 'refusal' in decision ? decision : await appendInOneStatementOnPostgres(deps.sql, event, decision.changes, now);
  } else {
    outcome = await deps.sql.transaction(function* () {
      const decision = decide(yield* readConversationForSend(dialect, event.conversationId, event.workspaceId));
      if ('refusal' in decision) return decision;
      return yield* appendEventSteps(dialect, event, decision.changes, now);
    });
  }
  if ('refusal' in outcome) return outcome;
  deps.metrics.messagesStored.inc();
  deps.inboxOrder.touch(outcome.conversation.id);
  return outcome;
}

/** Appends events to one conversation in one transaction (e.g. a status change and its notice); on PostgreSQL one event is one statement. */
export async function appendEvents(deps: Pick<Deps, 'sql' | 'metrics' | 'inboxOrder'>, events: NewEvent[], changes: ConversationChanges = {}): Promise<AppendedEvent[]> {
  const dialect = deps.sql.dialect;
  const now = new Date();
  const appended =
    dialect.name === 'postgresql' && events.length === 1
      ? [await appendInOneStatementOnPostgres(deps.sql, events[0]!, changes, now)]
      : await deps.sql.transaction(function* () {
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
