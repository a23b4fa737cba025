// The only way a conversation event is stored: one transaction bumps the conversation's lastSeq
// and inserts the row with that seq, so seqs are gap-free and ordered under concurrent writers in
// any number of processes (the UPDATE takes the row lock on PostgreSQL and the write lock on
// SQLite before anything is read). Publishing happens after commit (publish-event.ts).
import type { Deps } from '../deps.ts';
import type { ConversationEventPayload, MessageJson } from '../events/topics.ts';
import type { Prisma } from '../storage/open-database.ts';
import type { AuthorType, Conversation, Message, MessageKind } from '../storage/generated/sqlite/index.js';
import { toSearchText } from '../storage/search-text.ts';

export interface NewEvent {
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
}

export interface AppendedEvent {
  message: Message;
  conversation: Conversation;
  payload: ConversationEventPayload;
}

type Tx = Prisma.TransactionClient;

/** Inside an open transaction: appends one event and applies `changes` to the conversation. */
export async function appendEventInTx(tx: Tx, event: NewEvent, changes: Prisma.ConversationUncheckedUpdateManyInput = {}): Promise<AppendedEvent> {
  const internal = event.internal ?? false;
  const now = new Date();
  const bumped = await tx.conversation.update({
    where: { id: event.conversationId, workspaceId: event.workspaceId },
    data: { ...changes, lastSeq: { increment: 1 }, lastMessageAt: now },
  });
  const seq = bumped.lastSeq;
  const prevVisitorSeq = bumped.lastVisitorSeq;
  const conversation = internal ? bumped : await tx.conversation.update({ where: { id: bumped.id }, data: { lastVisitorSeq: seq } });
  const message = await tx.message.create({
    data: {
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
      data: event.data,
      searchText: event.kind === 'TEXT' ? toSearchText(event.body) : '',
      createdAt: now,
    },
  });
  return { message, conversation, payload: { message: toMessageJson(message), prevSeq: seq - 1, prevVisitorSeq } };
}

/** Appends events to one conversation in one transaction (e.g. a status change and its notice). */
export async function appendEvents(
  deps: Pick<Deps, 'db' | 'metrics'>,
  events: NewEvent[],
  changes: Prisma.ConversationUncheckedUpdateManyInput = {},
): Promise<AppendedEvent[]> {
  const appended = await deps.db.$transaction(
    async (tx) => {
      const out: AppendedEvent[] = [];
      for (const [i, event] of events.entries()) out.push(await appendEventInTx(tx, event, i === 0 ? changes : {}));
      return out;
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
  deps.metrics.messagesStored.inc(appended.length);
  return appended;
}

export function toMessageJson(message: Message): MessageJson {
  const { searchText: _searchText, createdAt, ...rest } = message;
  return { ...rest, createdAt: createdAt.toISOString() } as MessageJson;
}
