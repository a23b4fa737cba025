// Every pub/sub topic is built here, and each topic name maps to one payload type, so a publish
// and its subscribers cannot disagree. Payloads are JSON (Dates as ISO strings) on every bus.
import type { AuthorType, Conversation, MessageKind } from '../storage/models.ts';

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

/** Every column of a conversation, with dates as ISO strings (what subscribers may select). */
export type ConversationJson = {
  [K in keyof Conversation]: Conversation[K] extends Date ? string : Conversation[K] extends Date | null ? string | null : Conversation[K];
};

/** One stored conversation event. prevSeq/prevVisitorSeq let a subscriber see that it missed one. */
export interface ConversationEventPayload {
  message: MessageJson;
  prevSeq: number;
  prevVisitorSeq: number;
  /** W3C trace context of the operation that stored it, while tracing is on (tracing/in-span.ts). */
  traceparent?: string;
}

export interface InboxEventPayload {
  reason: 'CREATED' | 'UPDATED' | 'MESSAGE' | 'ASSIGNED' | 'TRANSFERRED';
  conversation: ConversationJson;
  message: MessageJson | null;
}

/** Ephemeral: never stored. `isInternal` typing (an agent writing a note) never reaches visitors. */
export interface TypingPayload {
  conversationId: string;
  participant: string;
  participantKind: 'AGENT' | 'VISITOR' | 'BOT';
  isTyping: boolean;
  isInternal: boolean;
}

export interface ReadReceiptPayload {
  conversationId: string;
  participant: string;
  lastReadSeq: number;
  updatedAt: string;
}

export interface PresencePayload {
  agentId: string;
  presence: 'ONLINE' | 'AWAY' | 'OFFLINE';
  at: string;
}

/** Something in the workspace queue moved: waiting visitors recompute their position from storage. */
export interface QueueChangedPayload {
  conversationId: string;
}

/** The workspace's bot changed (new model, intents or knowledge): caches reload it. */
export interface BotChangedPayload {
  reason: 'MODEL_TRAINED' | 'INTENTS_CHANGED' | 'KNOWLEDGE_CHANGED' | 'SETTINGS_CHANGED';
}

/**
 * Who may do what changed (a key revoked, a session signed out, an agent deactivated or given
 * another role). Every process re-checks its open sockets of that subject (transport/access-guard.ts).
 */
export interface AccessChangedPayload {
  workspaceId: string;
  subjectKind: 'AGENT' | 'API_KEY';
  subjectId: string;
  reason: 'API_KEY_REVOKED' | 'SIGNED_OUT' | 'SESSIONS_REVOKED' | 'AGENT_DEACTIVATED' | 'ROLE_CHANGED';
}

/** A workspace's plugin switches or settings changed (src/plugins/workspace-plugins.ts): caches reload them. */
export interface PluginsChangedPayload {
  workspaceId: string;
}

/** A workspace event was recorded (src/workspace-events/): streams read it, and what came before, from storage. */
export interface WorkspaceEventPayload {
  position: number;
}

export interface TopicPayloads {
  conversation: ConversationEventPayload;
  inbox: InboxEventPayload;
  typing: TypingPayload;
  readReceipts: ReadReceiptPayload;
  presence: PresencePayload;
  queue: QueueChangedPayload;
  bot: BotChangedPayload;
  access: AccessChangedPayload;
  plugins: PluginsChangedPayload;
  workspaceEvents: WorkspaceEventPayload;
}

export type TopicKind = keyof TopicPayloads;
export type Topic<K extends TopicKind> = string & { readonly __topic: K };

export const topics = {
  conversation: (conversationId: string) => `conversation:${conversationId}` as Topic<'conversation'>,
  inbox: (workspaceId: string) => `inbox:${workspaceId}` as Topic<'inbox'>,
  typing: (conversationId: string) => `typing:${conversationId}` as Topic<'typing'>,
  readReceipts: (conversationId: string) => `read-receipts:${conversationId}` as Topic<'readReceipts'>,
  presence: (workspaceId: string) => `presence:${workspaceId}` as Topic<'presence'>,
  queue: (workspaceId: string) => `queue:${workspaceId}` as Topic<'queue'>,
  bot: (workspaceId: string) => `bot:${workspaceId}` as Topic<'bot'>,
  // One topic for every workspace: each process subscribes once at start, before it accepts
  // sockets, so no connection can open between a check and its subscription. Changes are rare.
  access: () => 'access:all' as Topic<'access'>,
  plugins: () => 'plugins:all' as Topic<'plugins'>,
  workspaceEvents: (workspaceId: string) => `workspace-events:${workspaceId}` as Topic<'workspaceEvents'>,
};

/**
 * The Redis Cluster channel of a topic: the part after the kind is a hash tag, so every topic of
 * one conversation (events, typing, read receipts) or one workspace lives on one shard.
 */
export function shardedChannel(topic: string): string {
  const colon = topic.indexOf(':');
  return `${topic.slice(0, colon + 1)}{${topic.slice(colon + 1)}}`;
}

