// Conversation rows. Written only by this module, in SQL: every message bumps lastSeq (the busiest
// write in Kefu) and moves the reply timer, so those must be prepared statements; creating and
// routing's conditional updates are here too, so updatedAt, ids and encodings are set in one
// place and never by two writers that could disagree. Prisma only reads conversations.
import type { Conversation, ConversationStatus, QueueState } from '../models.ts';
import type { SqlDialect } from './dialect.ts';
import { decodeRow, insertRow, placeholder, setList } from './model-columns.ts';
import { newRowId } from './new-row-id.ts';
import { isLockConflict, isUniqueViolation } from '../prisma-errors.ts';
import { runInPrismaTransaction, type PrismaTransaction } from './prisma-transaction-steps.ts';
import { lockVisitor } from './visitor.ts';
import { json, sql, type SqlStore, type Statement, type Steps } from './sql-store.ts';

/** Columns a caller may change (the seq counters, keys and timestamps are this module's). */
export type ConversationChanges = Partial<Omit<Conversation, 'id' | 'workspaceId' | 'visitorId' | 'lastSeq' | 'lastVisitorSeq' | 'prevVisitorSeq' | 'createdAt' | 'updatedAt' | 'inboxOrderAt'>>;

/** The row to change and the state the caller saw: a value must match, null means IS NULL, a list IN. */
export interface ConversationGuard {
  id: string;
  workspaceId?: string;
  assigneeId?: string | null;
  awaitingReplySince?: Date | null;
  snoozedUntil?: Date | null;
  status?: readonly ConversationStatus[];
  queueState?: readonly QueueState[];
}

const decode = (dialect: SqlDialect, row: Record<string, unknown>) => decodeRow<Conversation>(dialect, 'Conversation', row);

interface NewConversation {
  workspaceId: string;
  visitorId: string;
  subject?: string | null;
}

/**
 * Inserts a conversation with the workspace's next number (1, 2, 3… per workspace) in one
 * transaction: the counter row's lock orders concurrent creators in every process, so numbers are
 * unique and gap-free.
 */
export function createConversation(store: SqlStore, data: NewConversation): Promise<Conversation> {
  return inCreatingTransaction(store, () => createConversationSteps(store.dialect, data));
}

/**
 * The visitor's newest conversation in one of `reusable` statuses, or a new one (createConversation)
 * when there is none, in one transaction: the visitor's row lock (PostgreSQL, MariaDB) or SQLite's
 * write lock lets one start at a time per visitor in every process, so concurrent identical starts
 * (a retry, a double click) create one conversation and the others get it back. The read comes
 * after the lock, so it sees what the previous holder committed (InnoDB takes its snapshot at the
 * first plain read, not at BEGIN).
 */
export function findOrCreateConversation(store: SqlStore, data: NewConversation, reusable: readonly ConversationStatus[]): Promise<{ conversation: Conversation; isNew: boolean }> {
  const { dialect } = store;
  return inCreatingTransaction(store, function* (): Steps<{ conversation: Conversation; isNew: boolean }> {
    yield* lockVisitor(dialect, data.visitorId);
    const [open] = yield visitorConversationStatement(dialect, data, reusable);
    if (open) return { conversation: decode(dialect, open), isNew: false };
    return { conversation: yield* createConversationSteps(dialect, data), isNew: true };
  });
}

/** The visitor's newest conversation (by last message) in one of these statuses, or null. */
export async function findVisitorConversation(store: SqlStore, owner: { workspaceId: string; visitorId: string }, statuses: readonly ConversationStatus[]): Promise<Conversation | null> {
  const [row] = await store.all(visitorConversationStatement(store.dialect, owner, statuses));
  return row ? decode(store.dialect, row) : null;
}

function visitorConversationStatement(dialect: SqlDialect, owner: { workspaceId: string; visitorId: string }, statuses: readonly ConversationStatus[]): Statement {
  const list = statuses.map((_, i) => placeholder(dialect, 'Conversation', 'status', i + 3)).join(', ');
  return {
    text: `SELECT * FROM "Conversation" WHERE "workspaceId" = $1 AND "visitorId" = $2 AND "status" IN (${list}) ORDER BY "lastMessageAt" DESC LIMIT 1`,
    params: [owner.workspaceId, owner.visitorId, ...statuses],
  };
}

/**
 * The first conversation of a workspace inserts the counter; two racing first inserts (a unique
 * violation, or a deadlock on MySQL's gap locks) run again, as does one that waited too long for
 * SQLite's write lock.
 */
async function inCreatingTransaction<T>(store: SqlStore, steps: () => Steps<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.transaction(steps);
    } catch (error) {
      if (attempt >= 5 || !(isUniqueViolation(error) || isLockConflict(error))) throw error;
    }
  }
}

function* createConversationSteps(dialect: SqlDialect, data: NewConversation): Steps<Conversation> {
  const number = yield* nextConversationNumber(dialect, data.workspaceId);
  const now = new Date();
  const conversation: Conversation = {
    id: newRowId(),
    workspaceId: data.workspaceId,
    visitorId: data.visitorId,
    status: 'OPEN',
    priority: 'NORMAL',
    subject: data.subject ?? null,
    assigneeId: null,
    lastSeq: 0,
    lastVisitorSeq: 0,
    prevVisitorSeq: 0,
    createdAt: now,
    updatedAt: now,
    lastMessageAt: now,
    inboxOrderAt: now,
    resolvedAt: null,
    departmentId: null,
    skills: null,
    language: null,
    queueState: 'NONE',
    queuedAt: null,
    assignedAt: null,
    awaitingReplySince: null,
    number,
    snoozedUntil: null,
    leftMessageAt: null,
  };
  yield insertRow(dialect, 'Conversation', { ...conversation, skills: json(conversation.skills) });
  return conversation;
}

function* nextConversationNumber(dialect: SqlDialect, workspaceId: string): Steps<number> {
  const [bumped] = yield sql`UPDATE "ConversationCounter" SET "lastNumber" = "lastNumber" + 1 WHERE "id" = ${workspaceId} RETURNING *`;
  if (bumped) return Number(bumped.lastNumber);
  yield insertRow(dialect, 'ConversationCounter', { id: workspaceId, lastNumber: 1 });
  return 1;
}

/** The one UPDATE of guarded changes; sets updatedAt like Prisma's @updatedAt. */
function updateStatement(dialect: SqlDialect, guard: ConversationGuard, changes: ConversationChanges): Statement {
  const values = { ...changes, updatedAt: new Date() };
  const set = setList(dialect, 'Conversation', { ...values, skills: values.skills === undefined ? undefined : json(values.skills) }, 1);
  const params = [...set.params];
  const where: string[] = [];
  const param = (name: string, value: unknown) => (params.push(value), placeholder(dialect, 'Conversation', name, params.length));
  for (const [name, value] of Object.entries(guard)) {
    if (value === undefined) continue;
    if (value === null) where.push(`"${name}" IS NULL`);
    else if (Array.isArray(value)) where.push(`"${name}" IN (${value.map((v) => param(name, v)).join(', ')})`);
    else where.push(`"${name}" = ${param(name, value)}`);
  }
  return { text: `UPDATE "Conversation" SET ${set.text} WHERE ${where.join(' AND ')} RETURNING *`, params };
}

/** Applies the changes if the row still matches the guard; the updated row, or null. */
export async function updateConversationWhere(store: SqlStore, guard: ConversationGuard, changes: ConversationChanges): Promise<Conversation | null> {
  const [row] = await store.all(updateStatement(store.dialect, guard, changes));
  return row ? decode(store.dialect, row) : null;
}

/** updateConversationWhere inside an open Prisma transaction (routing's claims). */
export async function updateConversationWhereInTx(tx: PrismaTransaction, dialect: SqlDialect, guard: ConversationGuard, changes: ConversationChanges): Promise<Conversation | null> {
  const [row] = await runInPrismaTransaction(tx, dialect, updateStatement(dialect, guard, changes));
  return row ? decode(dialect, row) : null;
}

/** The reply timer's move with an append (routing/assignment/reply-timer.ts decides which). */
export type ReplyTimerChange = { kind: 'start' } | { kind: 'stop'; assigneeId: string } | null;

export interface BumpTarget {
  conversationId: string;
  workspaceId: string;
  isVisibleToVisitor: boolean;
  replyTimer?: ReplyTimerChange;
}

/**
 * The seq bump of one append (conversation-log/append-event.ts), one UPDATE: it takes the row lock
 * on PostgreSQL and MariaDB and the write lock on SQLite before anything is read; for events
 * visitors see, lastVisitorSeq follows and its old value is kept in prevVisitorSeq; the reply
 * timer starts (a visitor wrote to an assigned conversation and none runs) or stops (the assignee
 * answered). The SET list is ordered so it also holds where assignments run left to right
 * (MySQL). No row: no such conversation. A step of its own (bumpLastSeq), or part of
 * PostgreSQL's one-statement append (postgres-append.ts).
 */
export function bumpLastSeqStatement(dialect: SqlDialect, target: BumpTarget, changes: ConversationChanges, now: Date): Statement {
  const set = setList(dialect, 'Conversation', { ...changes, lastMessageAt: now, updatedAt: now }, 3);
  const params: unknown[] = [target.conversationId, target.workspaceId, ...set.params];
  const timer = target.replyTimer;
  let timerSet = '';
  if (timer?.kind === 'start') {
    params.push(now);
    const at = placeholder(dialect, 'Conversation', 'awaitingReplySince', params.length);
    timerSet = `, "awaitingReplySince" = CASE WHEN "assigneeId" IS NOT NULL AND "awaitingReplySince" IS NULL THEN ${at} ELSE "awaitingReplySince" END`;
  } else if (timer?.kind === 'stop') {
    params.push(timer.assigneeId);
    const assignee = placeholder(dialect, 'Conversation', 'assigneeId', params.length);
    timerSet = `, "awaitingReplySince" = CASE WHEN "assigneeId" = ${assignee} THEN NULL ELSE "awaitingReplySince" END`;
  }
  const seqs = target.isVisibleToVisitor ? `"prevVisitorSeq" = "lastVisitorSeq", "lastVisitorSeq" = "lastSeq" + 1, "lastSeq" = "lastSeq" + 1` : `"lastSeq" = "lastSeq" + 1`;
  return { text: `UPDATE "Conversation" SET ${seqs}, ${set.text}${timerSet} WHERE "id" = $1 AND "workspaceId" = $2 RETURNING *`, params };
}

/** The conversation as bumped, and the visitor-visible seq before this append's. */
export function bumpedConversation(dialect: SqlDialect, row: Record<string, unknown>, isVisibleToVisitor: boolean): { conversation: Conversation; prevVisitorSeq: number } {
  const conversation = decode(dialect, row);
  return { conversation, prevVisitorSeq: isVisibleToVisitor ? conversation.prevVisitorSeq : conversation.lastVisitorSeq };
}

export function* bumpLastSeq(dialect: SqlDialect, target: BumpTarget, changes: ConversationChanges, now: Date): Steps<{ conversation: Conversation; prevVisitorSeq: number } | null> {
  const [bumped] = yield bumpLastSeqStatement(dialect, target, changes, now);
  return bumped ? bumpedConversation(dialect, bumped, target.isVisibleToVisitor) : null;
}

const INBOX_ORDER_IDS_PER_STATEMENT = 64;
const COPY_INBOX_ORDER = `UPDATE "Conversation" SET "inboxOrderAt" = "lastMessageAt" WHERE "id" IN (${Array.from({ length: INBOX_ORDER_IDS_PER_STATEMENT }, (_, i) => `$${i + 1}`).join(', ')})`;

/**
 * The inbox order catches up (conversation-log/trail-inbox-order.ts): inboxOrderAt = lastMessageAt
 * for these conversations. One statement shape (ids padded by repeating the last), sorted ids so
 * concurrent copies lock rows in one order, and a transaction per statement, awaited in turn: on
 * SQLite each joins a group commit of appends instead of stalling one for the whole copy, and
 * elsewhere row locks are held briefly. No "where they differ" guard: PostgreSQL would skip a row
 * whose visible version fails it instead of waiting for the append holding it, and miss that
 * append; without it every database waits and copies the committed value.
 */
export async function copyInboxOrder(store: SqlStore, conversationIds: readonly string[]): Promise<void> {
  const ids = [...conversationIds].sort();
  for (let i = 0; i < ids.length; i += INBOX_ORDER_IDS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + INBOX_ORDER_IDS_PER_STATEMENT);
    const statement = { text: COPY_INBOX_ORDER, params: Array.from({ length: INBOX_ORDER_IDS_PER_STATEMENT }, (_, k) => chunk[Math.min(k, chunk.length - 1)]) };
    await store.transaction(function* (): Steps<void> {
      yield statement;
    });
  }
}

/** Conversations whose inbox order is behind (a process stopped before its copy): a scan, for startup. */
export async function findLaggingInboxOrder(store: SqlStore): Promise<string[]> {
  const rows = await store.all(sql`SELECT "id" FROM "Conversation" WHERE "inboxOrderAt" < "lastMessageAt"`);
  return rows.map((row) => String(row.id));
}

export async function findConversationInWorkspace(store: SqlStore, id: string, workspaceId: string): Promise<Conversation | null> {
  const [row] = await store.all(sql`SELECT * FROM "Conversation" WHERE "id" = ${id} AND "workspaceId" = ${workspaceId}`);
  return row ? decode(store.dialect, row) : null;
}

/** What a send checks of its conversation (access, closed, snoozed). */
export type ConversationForSend = Pick<Conversation, 'id' | 'workspaceId' | 'visitorId' | 'assigneeId' | 'status' | 'snoozedUntil'>;

const conversationForSendStatement = (id: string, workspaceId: string) =>
  sql`SELECT "id", "workspaceId", "visitorId", "assigneeId", "status", "snoozedUntil" FROM "Conversation" WHERE "id" = ${id} AND "workspaceId" = ${workspaceId}`;

/** findConversationInWorkspace for every send: six columns instead of all 25 (reading and decoding them was 5 % of a message's CPU). */
export async function findConversationForSend(store: SqlStore, id: string, workspaceId: string): Promise<ConversationForSend | null> {
  const [row] = await store.all(conversationForSendStatement(id, workspaceId));
  return row ? decodeRow<ConversationForSend>(store.dialect, 'Conversation', row) : null;
}

/** findConversationForSend as a step of a transaction (an append that decides from it: conversation-log/append-event.ts). */
export function* readConversationForSend(dialect: SqlDialect, id: string, workspaceId: string): Steps<ConversationForSend | null> {
  const [row] = yield conversationForSendStatement(id, workspaceId);
  return row ? decodeRow<ConversationForSend>(dialect, 'Conversation', row) : null;
}

/** Who has the conversation now (the bot answers only while nobody does). */
export async function readConversationRouting(store: SqlStore, id: string): Promise<Pick<Conversation, 'id' | 'workspaceId' | 'assigneeId' | 'queueState' | 'status'> | null> {
  const [row] = await store.all(sql`SELECT "id", "workspaceId", "assigneeId", "queueState", "status" FROM "Conversation" WHERE "id" = ${id}`);
  return (row as Pick<Conversation, 'id' | 'workspaceId' | 'assigneeId' | 'queueState' | 'status'> | undefined) ?? null;
}

/** The locale the conversation's visitor gave (startVisitorSession, the widget's page language), or null. */
export async function readVisitorLocale(store: SqlStore, conversationId: string): Promise<string | null> {
  const [row] = await store.all(sql`SELECT v."locale" FROM "Conversation" c JOIN "Visitor" v ON v."id" = c."visitorId" WHERE c."id" = ${conversationId}`);
  return (row?.locale as string | null | undefined) ?? null;
}

export async function readLastSeq(store: SqlStore, id: string): Promise<number> {
  const [row] = await store.all(sql`SELECT "lastSeq" FROM "Conversation" WHERE "id" = ${id}`);
  if (!row) throw new Error(`Conversation ${id} disappeared`);
  return Number(row.lastSeq);
}
