// Every pub/sub topic is built here, and each topic name maps to one payload type, so a publish
// and its subscribers cannot disagree. Payloads are JSON (Dates as ISO strings) on every bus.
import type { AuthorType, ConversationPriority, ConversationStatus, MessageKind } from '../storage/generated/sqlite/index.js';

export interface MessageJson {
  id: string;
  workspaceId: string;
  conversationId: string;
  seq: number;
  kind: MessageKind;
  authorType: AuthorType;
  authorAgentId: string | null;
  authorVisitorId: string | null;
  authorApiKeyId: string | null;
  body: string;
  internal: boolean;
  clientMessageId: string | null;
  data: unknown;
  createdAt: string;
}

export interface ConversationJson {
  id: string;
  workspaceId: string;
  visitorId: string;
  status: ConversationStatus;
  priority: ConversationPriority;
  subject: string | null;
  assigneeId: string | null;
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
  lastMessageAt: string;
}

/** One stored conversation event. prevSeq/prevVisitorSeq let a subscriber see that it missed one. */
export interface ConversationEventPayload {
  message: MessageJson;
  prevSeq: number;
  prevVisitorSeq: number;
}

export interface InboxEventPayload {
  reason: 'CREATED' | 'UPDATED' | 'MESSAGE';
  conversation: ConversationJson;
  message: MessageJson | null;
}

export interface TopicPayloads {
  conversation: ConversationEventPayload;
  inbox: InboxEventPayload;
}

export type TopicKind = keyof TopicPayloads;
export type Topic<K extends TopicKind> = string & { readonly __topic: K };

export const topics = {
  conversation: (conversationId: string) => `conversation:${conversationId}` as Topic<'conversation'>,
  inbox: (workspaceId: string) => `inbox:${workspaceId}` as Topic<'inbox'>,
};

export function toJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}
