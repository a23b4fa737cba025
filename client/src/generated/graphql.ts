/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 string in UTC, in the years 0001 to 9999. */
  DateTime: { input: string; output: string; }
  /** A file sent as a part of a multipart request (GraphQL multipart request spec); input only. */
  File: { input: Blob; output: never; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
};

/** A person who answers visitors. */
export type Agent = {
  __typename?: 'Agent';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When an admin deactivated the account (staff only); null while it is active. */
  deactivatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Sign-in email (hidden from visitors). */
  email: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Languages spoken; empty matches any. */
  languages: Array<Scalars['String']['output']>;
  /** Most open conversations at once. */
  maxConcurrent: Scalars['Int']['output'];
  /** Name shown to visitors. */
  name: Scalars['String']['output'];
  /** Open or pending conversations assigned now (staff). */
  openConversationCount: Scalars['Int']['output'];
  /** Effective presence: the chosen status while connected (with a grace period), else OFFLINE. */
  presence: AgentStatus;
  /** Role in the workspace. */
  role: AgentRole;
  /** Skills for routing. */
  skills: Array<Scalars['String']['output']>;
  /** The status the agent chose. */
  status: AgentStatus;
};

/** An external bot that answers instead of the built-in bot in its workspace or department, until it hands off with requestAgent. */
export type AgentBot = {
  __typename?: 'AgentBot';
  /** Avatar image (http/https). */
  avatarUrl: Maybe<Scalars['String']['output']>;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The department it answers; null for the whole workspace. */
  departmentId: Maybe<Scalars['ID']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** False once disabled: the built-in bot answers its conversations again. */
  isEnabled: Scalars['Boolean']['output'];
  /** How Kefu reaches it (admins). */
  mode: Maybe<AgentBotMode>;
  /** Name shown to visitors and agents. */
  name: Scalars['String']['output'];
  /** WEBHOOK bots: the secret that signs each POST (Kefu-Webhook-Signature, README "Webhooks"); verify with it (admins). */
  webhookSecret: Maybe<Scalars['String']['output']>;
  /** Where WEBHOOK bots are called (admins). */
  webhookUrl: Maybe<Scalars['String']['output']>;
};

/** Names one agent bot. */
export type AgentBotIdInput = {
  /** The agent bot. */
  id: Scalars['ID']['input'];
};

/** Result of createAgentBot and createAgentBotApiKey. */
export type AgentBotKeyPayload = {
  __typename?: 'AgentBotKeyPayload';
  /** The agent bot. */
  agentBot: AgentBot;
  /** Id of its new BOT API key (revoke it with revokeApiKey). */
  apiKeyId: Scalars['ID']['output'];
  /** The key’s secret; shown only now. The bot sends it as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
};

/** How Kefu tells an agent bot that a visitor wrote. */
export type AgentBotMode =
  /** The bot holds a socket: inboxEvents with its BOT API key (reason MESSAGE, conversation.activeAgentBot is the bot). */
  | 'SUBSCRIPTION'
  /** Kefu posts the visitor’s message to webhookUrl (signed webhooks). */
  | 'WEBHOOK';

/** Result of updateAgentBot and disableAgentBot. */
export type AgentBotPayload = {
  __typename?: 'AgentBotPayload';
  /** The agent bot after the change. */
  agentBot: AgentBot;
};

/** Result of an account action: the agent it acted on. */
export type AgentPayload = {
  __typename?: 'AgentPayload';
  /** The agent. */
  agent: Agent;
};

/** One agent’s presence. */
export type AgentPresence = {
  __typename?: 'AgentPresence';
  /** The agent. */
  agentId: Scalars['ID']['output'];
  /** When it was read or changed. */
  at: Scalars['DateTime']['output'];
  /** Effective presence. */
  presence: AgentStatus;
};

/** What an agent may do in the workspace. */
export type AgentRole =
  /** Manage agents, API keys and settings; see every conversation. */
  | 'ADMIN'
  /** Work unassigned conversations and their own. */
  | 'AGENT'
  /** Everything, including creating other owners. */
  | 'OWNER';

/** Availability of an agent. */
export type AgentStatus =
  /** Connected but takes no new conversations. */
  | 'AWAY'
  /** Not connected (or chose to appear offline). */
  | 'OFFLINE'
  /** Takes new conversations. */
  | 'ONLINE';

/** A key for a bot or integration. The secret is shown once, by createApiKey. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What uses the key. */
  name: Scalars['String']['output'];
  /** First characters of the key, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked, if it was. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  role: ApiKeyRole;
};

/** What an API key may do. */
export type ApiKeyRole =
  /** Everything an admin agent may do. */
  | 'ADMIN'
  /** Read conversations and send messages as the bot. */
  | 'BOT';

/** Input of assignConversation. */
export type AssignConversationInput = {
  /** Agent to assign; null returns it to the queue. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** Conversation to assign. */
  conversationId: Scalars['ID']['input'];
};

/** A file sent with a message (or uploaded and not sent yet). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Name given by the uploader, without any folder. */
  fileName: Scalars['String']['output'];
  /** Image height in pixels; null for other files. */
  height: Maybe<Scalars['Int']['output']>;
  /** Stable id; pass it in sendMessage(attachmentIds). */
  id: Scalars['ID']['output'];
  /** An image clients may show inline. */
  isImage: Scalars['Boolean']['output'];
  /** Type read from the file’s bytes (not the name or the browser’s word). */
  mimeType: Scalars['String']['output'];
  /** Size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** Signed path of a thumbnail at most 320 px wide and high; null when there is none (show the file scaled down). */
  thumbnailUrl: Maybe<Scalars['String']['output']>;
  /** Signed download path, relative to the server’s origin; it expires after attachments.urlTtlSeconds (a new query or event gives a fresh one). */
  url: Scalars['String']['output'];
  /** Image width in pixels; null for other files. */
  width: Maybe<Scalars['Int']['output']>;
};

/** Who wrote a message. */
export type AuthorType =
  /** A human agent. */
  | 'AGENT'
  /** The bot or an integration using an API key. */
  | 'BOT'
  /** Kefu itself. */
  | 'SYSTEM'
  /** The visitor. */
  | 'VISITOR';

/** Language of bot replies. */
export type BotAnswerLanguage =
  /** Follow the conversation: the message’s language, else the language so far. */
  | 'AUTO'
  /** Always English. */
  | 'EN'
  /** Always Chinese. */
  | 'ZH';

/** Nothing matched; the bot sent the default reply. */
export type BotDefaultReply = {
  __typename?: 'BotDefaultReply';
  /** How sure the bot was, 0–1. */
  confidence: Scalars['Float']['output'];
  /** WORKSPACE_DEFAULT. */
  source: BotResultSource;
};

/** One training phrase. */
export type BotExampleInput = {
  /** zh or en. */
  language: Scalars['String']['input'];
  /** What a visitor might write. */
  text: Scalars['String']['input'];
};

/** The bot handed the conversation to the routing queue. */
export type BotHandoff = {
  __typename?: 'BotHandoff';
  /** How sure the bot was, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Why. */
  reason: BotHandoffReason;
  /** INTENT_MODEL or RULE. */
  source: BotResultSource;
};

/** Why the bot handed the visitor to a person. */
export type BotHandoffReason =
  /** The bot could not answer several times in a row. */
  | 'REPEATED_FALLBACK'
  /** The visitor asked for a person. */
  | 'REQUESTED';

/** A workspace intent: its answers and training examples. */
export type BotIntent = {
  __typename?: 'BotIntent';
  /** Answer in English. */
  answerEn: Maybe<Scalars['String']['output']>;
  /** Whether the intent answers; without own answers an enabled shipped intent uses its shipped template. */
  answerEnabled: Scalars['Boolean']['output'];
  /** Answer in Chinese; null hands off for human_agent. */
  answerZh: Maybe<Scalars['String']['output']>;
  /** Training phrases. */
  examples: Array<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Intent name, e.g. order_status. */
  name: Scalars['String']['output'];
};

/** The bot recognised an intent and gave its answer. */
export type BotIntentAnswer = {
  __typename?: 'BotIntentAnswer';
  /** How sure the bot was, 0–1. */
  confidence: Scalars['Float']['output'];
  /** The recognised intent. */
  intent: Scalars['String']['output'];
  /** INTENT_MODEL. */
  source: BotResultSource;
};

/** The bot answered from the knowledge base. */
export type BotKnowledgeAnswer = {
  __typename?: 'BotKnowledgeAnswer';
  /** How sure the bot was, 0–1. */
  confidence: Scalars['Float']['output'];
  /** The entry answered with. */
  knowledgeEntryId: Scalars['ID']['output'];
  /** The entry’s question. */
  question: Scalars['String']['output'];
  /** KNOWLEDGE_BASE. */
  source: BotResultSource;
};

/** What the bot would answer, without sending anything. */
export type BotPreview = {
  __typename?: 'BotPreview';
  /** The reply text. */
  body: Scalars['String']['output'];
  /** The 5 best-matching knowledge entries in the reply language, best first (empty when the bot hands off before matching). */
  entries: Array<RankedEntry>;
  /** The top intents, most probable first. */
  intents: Array<RankedIntent>;
  /** Detected language: zh or en. */
  language: Scalars['String']['output'];
  /** The decision. */
  result: BotResult;
};

/** What the bot decided for a visitor message, with its confidence and source. */
export type BotResult = BotDefaultReply | BotHandoff | BotIntentAnswer | BotKnowledgeAnswer | BotSmallTalk | BotSuggestions;

/** What produced a bot reply. */
export type BotResultSource =
  /** The intent classifier. */
  | 'INTENT_MODEL'
  /** The knowledge base (FAQ) search. */
  | 'KNOWLEDGE_BASE'
  /** A fixed rule, e.g. the visitor typed “人工” or “agent”. */
  | 'RULE'
  /** The workspace’s default reply. */
  | 'WORKSPACE_DEFAULT';

/** The workspace’s bot settings in effect: its own values over the server defaults. */
export type BotSettings = {
  __typename?: 'BotSettings';
  /** Language of replies. */
  answerLanguage: BotAnswerLanguage;
  /** Sent when nothing matches, in either language unless defaultReplyZh or defaultReplyEn is set for it; null uses the built-in “please rephrase” text. */
  defaultReply: Maybe<Scalars['String']['output']>;
  /** Sent when nothing matches a message in English (the reply language); null falls back to defaultReply. */
  defaultReplyEn: Maybe<Scalars['String']['output']>;
  /** Sent when nothing matches a message in Chinese (the reply language); null falls back to defaultReply. */
  defaultReplyZh: Maybe<Scalars['String']['output']>;
  /** Whether the bot answers visitors (off also when the server turns the bot off). */
  enabled: Scalars['Boolean']['output'];
  /** Fallback replies in a row after which the visitor goes to a person. */
  fallbacksBeforeHandoff: Scalars['Int']['output'];
  /** Lowest lead of the best entry over the next one to answer directly; closer entries are suggested. */
  knowledgeAnswerMargin: Scalars['Float']['output'];
  /** Lowest match score (0–1) at which the best entry answers directly. */
  knowledgeAnswerThreshold: Scalars['Float']['output'];
  /** Lowest intent probability that routes a message to its linked entries or enabled answer. */
  minIntentConfidence: Scalars['Float']['output'];
  /** Lowest gap between the top two intents that routes a message. */
  minIntentMargin: Scalars['Float']['output'];
  /** Lowest match score offered as a “did you mean” suggestion. */
  suggestionThreshold: Scalars['Float']['output'];
};

/** A greeting, thanks or goodbye, answered in Kefu’s own neutral words (no facts about the workspace) because the workspace has no answer of its own for it. Not a fallback: it neither counts toward nor resets fallbacksBeforeHandoff. */
export type BotSmallTalk = {
  __typename?: 'BotSmallTalk';
  /** How sure the bot was, 0–1. */
  confidence: Scalars['Float']['output'];
  /** greeting, thanks or goodbye. */
  intent: Scalars['String']['output'];
  /** INTENT_MODEL. */
  source: BotResultSource;
};

/** A “did you mean” question the visitor can pick (send its text as the next message). */
export type BotSuggestion = {
  __typename?: 'BotSuggestion';
  /** The knowledge entry. */
  knowledgeEntryId: Scalars['ID']['output'];
  /** The question to show. */
  question: Scalars['String']['output'];
  /** Similarity, 0–1. */
  score: Scalars['Float']['output'];
};

/** The bot was unsure and offers similar questions. */
export type BotSuggestions = {
  __typename?: 'BotSuggestions';
  /** How sure the bot was, 0–1. */
  confidence: Scalars['Float']['output'];
  /** KNOWLEDGE_BASE. */
  source: BotResultSource;
  /** Best first. */
  suggestions: Array<BotSuggestion>;
};

/** Kefu’s own bot (intent model and workspace knowledge). */
export type BuiltInBot = {
  __typename?: 'BuiltInBot';
  /** Always true. */
  isBuiltIn: Scalars['Boolean']['output'];
};

/** When agents are expected; outside, visitors get the out-of-hours reply. */
export type BusinessHours = {
  __typename?: 'BusinessHours';
  /** Weekly opening intervals. */
  intervals: Array<BusinessHoursInterval>;
  /** Sent to visitors who start a chat out of hours. */
  outOfHoursReply: Scalars['String']['output'];
  /** IANA timezone, e.g. Asia/Shanghai. */
  timezone: Scalars['String']['output'];
};

/** An opening interval on one weekday. */
export type BusinessHoursInterval = {
  __typename?: 'BusinessHoursInterval';
  /** Closing time, HH:MM (24:00 for midnight). */
  close: Scalars['String']['output'];
  /** 1 = Monday … 7 = Sunday. */
  day: Scalars['Int']['output'];
  /** Opening time, HH:MM. */
  open: Scalars['String']['output'];
};

/** An opening interval. */
export type BusinessHoursIntervalInput = {
  /** HH:MM (24:00 for midnight). */
  close: Scalars['String']['input'];
  /** 1 = Monday … 7 = Sunday. */
  day: Scalars['Int']['input'];
  /** HH:MM. */
  open: Scalars['String']['input'];
};

/** A saved answer agents insert by typing /shortcut. */
export type CannedReply = {
  __typename?: 'CannedReply';
  /** Reply text. */
  body: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Typed after / to find it. */
  shortcut: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Input of changePassword. */
export type ChangePasswordInput = {
  /** The password you sign in with now. */
  currentPassword: Scalars['String']['input'];
  /** At least 10 characters, not a common password. */
  newPassword: Scalars['String']['input'];
};

/** Input of configurePlugin. Omitted fields keep their value. */
export type ConfigurePluginInput = {
  /** Run it in this workspace. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The plugin’s name (its folder). */
  name: Scalars['String']['input'];
  /** Settings to change, by key; each is checked against the type the plugin declares. */
  settings?: InputMaybe<Scalars['JSON']['input']>;
};

/** Result of configurePlugin. */
export type ConfigurePluginPayload = {
  __typename?: 'ConfigurePluginPayload';
  /** The plugin, as your workspace now has it. */
  plugin: Plugin;
};

/** A conversation between a visitor and the workspace: the ticket. */
export type Conversation = {
  __typename?: 'Conversation';
  /** The agent bot whose turn it is here: null when the built-in bot answers or a person has the conversation (after requestAgent). Costs two lookups. */
  activeAgentBot: Maybe<AgentBot>;
  /** When the current assignee got it. */
  assignedAt: Maybe<Scalars['DateTime']['output']>;
  /** Agent working on it; null while in the queue. */
  assignee: Maybe<Agent>;
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** The visitor’s rating, once given. */
  csat: Maybe<CsatRating>;
  /** Department it is routed to. */
  department: Maybe<Department>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Language an agent must speak, if any. */
  language: Maybe<Scalars['String']['output']>;
  /** Time of the newest event. */
  lastMessageAt: Scalars['DateTime']['output'];
  /** seq of the newest event; pass it as afterSeq to resume. */
  lastSeq: Scalars['Int']['output'];
  /** When the visitor last left a message with the leave-a-message form; null: never. */
  leftMessageAt: Maybe<Scalars['DateTime']['output']>;
  /** Events in seq order; page backwards with last/before for infinite scroll. Visitors and BOT keys never see internal notes. */
  messages: ConversationMessagesConnection;
  /** The number people quote (#42): sequential and unique per workspace. */
  number: Maybe<Scalars['Int']['output']>;
  /** Current priority (staff and API keys). */
  priority: ConversationPriority;
  /** Routing state. */
  queueState: QueueState;
  /** Position and estimated wait (subscribe to queueStatus for updates). */
  queueStatus: QueueStatus;
  /** When it last joined the queue. */
  queuedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was last resolved. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Skills an agent must have. */
  skills: Array<Scalars['String']['output']>;
  /** Out of the open inbox until then (staff and API keys); null: not snoozed. */
  snoozedUntil: Maybe<Scalars['DateTime']['output']>;
  /** Current status. */
  status: ConversationStatus;
  /** Short summary. */
  subject: Maybe<Scalars['String']['output']>;
  /** Tags, by name (staff and API keys). */
  tags: Array<Tag>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who started it. */
  visitor: Visitor;
};


/** A conversation between a visitor and the workspace: the ticket. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An item of a conversation stream. */
export type ConversationEvent = Message | ResyncRequired;

/** Narrows the conversation history; all given conditions must hold. */
export type ConversationFilter = {
  /** Assigned to this agent. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Started at or after. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Started before. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Routed to this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** false: leave snoozed conversations out (the open inbox); true: only snoozed ones (staff and API keys). */
  isSnoozed?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only the queue (no assignee). */
  isUnassigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** The conversation with this number (#42). */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Any of these priorities. */
  priority?: InputMaybe<Array<ConversationPriority>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<ConversationStatus>>;
  /** The subject contains this text (any case). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Has the tag with this name (staff and API keys: tags are not shown to visitors). */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Started by this visitor. */
  visitorId?: InputMaybe<Scalars['ID']['input']>;
};

export type ConversationMessagesConnection = {
  __typename?: 'ConversationMessagesConnection';
  edges: Array<ConversationMessagesConnectionEdge>;
  pageInfo: PageInfo;
};

export type ConversationMessagesConnectionEdge = {
  __typename?: 'ConversationMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** A changed conversation. */
export type ConversationPayload = {
  __typename?: 'ConversationPayload';
  /** The conversation after the change. */
  conversation: Conversation;
};

/** How urgent a conversation is. */
export type ConversationPriority =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Normal (default). */
  | 'NORMAL'
  /** Urgent. */
  | 'URGENT';

/** Where a conversation (ticket) stands. */
export type ConversationStatus =
  /** Finished; nobody can send until it is reopened. */
  | 'CLOSED'
  /** Needs attention. */
  | 'OPEN'
  /** Waiting on the visitor or a third party. */
  | 'PENDING'
  /** Answered; a new visitor message reopens it. */
  | 'RESOLVED';

/** Input of createAgentBot. */
export type CreateAgentBotInput = {
  /** http(s) avatar image URL. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Answer only this department’s conversations; empty for the whole workspace. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** SUBSCRIPTION (default) or WEBHOOK. */
  mode?: InputMaybe<AgentBotMode>;
  /** Name shown to visitors, at most 80 characters. */
  name: Scalars['String']['input'];
  /** Required for WEBHOOK: http(s) URL Kefu posts visitor messages to. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Input of createAgent. */
export type CreateAgentInput = {
  /** Sign-in email, unique within the workspace. */
  email: Scalars['String']['input'];
  /** Name shown to visitors. */
  name: Scalars['String']['input'];
  /** Initial password: at least 10 characters, not a common password. */
  password: Scalars['String']['input'];
  /** Defaults to AGENT. */
  role?: InputMaybe<AgentRole>;
};

/** Result of createAgent. */
export type CreateAgentPayload = {
  __typename?: 'CreateAgentPayload';
  /** The new agent. */
  agent: Agent;
};

/** Input of createApiKey. */
export type CreateApiKeyInput = {
  /** What will use the key. */
  name: Scalars['String']['input'];
  /** Defaults to BOT. */
  role?: InputMaybe<ApiKeyRole>;
};

/** Result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key’s record. */
  apiKey: ApiKey;
  /** The secret; shown only now. Send it as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
};

/** Input of createDepartment. */
export type CreateDepartmentInput = {
  /** Member agent ids. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Unique name. */
  name: Scalars['String']['input'];
  /** Overrides the workspace strategy. */
  strategy?: InputMaybe<RoutingStrategy>;
};

/** Input of createTicket. Pass exactly one of visitorId or email. */
export type CreateTicketInput = {
  /** Agent to assign it to. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Department it belongs to. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer’s email: their visitor if one has it, else a new visitor. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Store message as an internal note. Default false. */
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** A first message from you to the customer (or an internal note with isInternal). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Name of a visitor created for email. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Priority; default NORMAL. */
  priority?: InputMaybe<ConversationPriority>;
  /** What the ticket is about. */
  subject: Scalars['String']['input'];
  /** An existing visitor of the workspace. */
  visitorId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of createTicket. */
export type CreateTicketPayload = {
  __typename?: 'CreateTicketPayload';
  /** The new conversation, with its number. */
  conversation: Conversation;
};

/** Input of createWebhookEndpoint. */
export type CreateWebhookEndpointInput = {
  /** Event types to receive: message.created, conversation.created, conversation.assigned, conversation.status_changed, conversation.priority_changed, conversation.rated, visitor.identified. */
  events: Array<Scalars['String']['input']>;
  /** An http:// or https:// URL that answers POST with 2xx. */
  url: Scalars['String']['input'];
};

/** Input of createWorkspace. */
export type CreateWorkspaceInput = {
  /** Display name of the workspace. */
  name: Scalars['String']['input'];
  /** The owner account. */
  owner: CreateWorkspaceOwnerInput;
};

/** The first agent of a new workspace; becomes its OWNER. */
export type CreateWorkspaceOwnerInput = {
  /** Sign-in email. */
  email: Scalars['String']['input'];
  /** Name shown to visitors. */
  name: Scalars['String']['input'];
  /** At least 10 characters, not a common password. */
  password: Scalars['String']['input'];
};

/** Result of createWorkspace. */
export type CreateWorkspacePayload = {
  __typename?: 'CreateWorkspacePayload';
  /** The owner agent. */
  agent: Agent;
  /** Bearer token of the owner. */
  token: Scalars['String']['output'];
  /** The new workspace. */
  workspace: Workspace;
};

/** The visitor’s satisfaction rating of a resolved conversation. */
export type CsatRating = {
  __typename?: 'CsatRating';
  /** Optional comment. */
  comment: Maybe<Scalars['String']['output']>;
  /** When it was given. */
  createdAt: Scalars['DateTime']['output'];
  /** 1 (bad) to 5 (great). */
  score: Scalars['Int']['output'];
};

/** Input of deactivateAgent. */
export type DeactivateAgentInput = {
  /** Agent of your workspace. */
  agentId: Scalars['ID']['input'];
};

/** Result of deleteBotIntent. */
export type DeleteBotIntentPayload = {
  __typename?: 'DeleteBotIntentPayload';
  /** The deleted intent. */
  deletedName: Scalars['String']['output'];
};

/** Input of deleteCannedReply. */
export type DeleteCannedReplyInput = {
  /** Reply to delete. */
  id: Scalars['ID']['input'];
};

/** Result of deleteCannedReply. */
export type DeleteCannedReplyPayload = {
  __typename?: 'DeleteCannedReplyPayload';
  /** Id of the deleted reply. */
  deletedId: Scalars['ID']['output'];
};

/** Result of deleteKnowledgeEntry. */
export type DeleteKnowledgeEntryPayload = {
  __typename?: 'DeleteKnowledgeEntryPayload';
  /** The deleted entry. */
  deletedId: Scalars['ID']['output'];
};

/** A team of agents; conversations routed to it go only to its members. */
export type Department = {
  __typename?: 'Department';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Member agents (staff). */
  members: Array<Agent>;
  /** Unique name in the workspace. */
  name: Scalars['String']['output'];
  /** Overrides the workspace strategy; null uses it. */
  strategy: Maybe<RoutingStrategy>;
};

/** A created or changed department. */
export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  /** The department. */
  department: Department;
};

/** Value of extensions.code on every GraphQL error Kefu returns. */
export type ErrorCode =
  /** Pick another agent, or raise the agent’s maxConcurrent with updateAgentRouting: they already have as many open conversations as allowed. */
  | 'AGENT_AT_CAPACITY'
  /** Send a smaller file: it is larger than attachments.maxBytes (extensions.maxBytes). */
  | 'ATTACHMENT_TOO_LARGE'
  /** Send a file of an allowed type (extensions.allowedTypes): the type read from its bytes is not in attachments.allowedTypes. */
  | 'ATTACHMENT_TYPE_NOT_ALLOWED'
  /** Fix the request itself as the message says: send a POST with content-type application/json and a JSON body { query, variables, operationName } (or a GET for queries), where operationName names one of the query’s operations or is left out. */
  | 'BAD_REQUEST'
  /** Fix the input fields listed in extensions.issues and send again. */
  | 'BAD_USER_INPUT'
  /** Reload the object and retry: it changed or already exists. */
  | 'CONFLICT'
  /** Reopen the conversation before sending to it. */
  | 'CONVERSATION_CLOSED'
  /** Send JSON (content-type: application/json) or add an x-graphql-yoga-csrf header: form, multipart and plain-text requests are refused against cross-site request forgery. */
  | 'CSRF_HEADER_MISSING'
  /** Catch up from current state: the events after this cursor are older than workspaceEvents.retentionDays and were deleted. Read what you need with queries, then subscribe without after (or with a newer cursor). */
  | 'CURSOR_EXPIRED'
  /** Send an operation from the server’s trusted-documents manifest (by its sha256 hash in extensions.persistedQuery), or add it to the manifest and restart the server. */
  | 'DOCUMENT_NOT_TRUSTED'
  /** Ask the server admin to set email.smtpUrl (KEFU_EMAIL_SMTP_URL): this server sends no email. */
  | 'EMAIL_NOT_CONFIGURED'
  /** Use an account with the needed role, or act only on your own workspace and conversations. */
  | 'FORBIDDEN'
  /** Fix the GraphQL syntax at the location given in the error and send again. */
  | 'GRAPHQL_PARSE_FAILED'
  /** Fix the operation so it matches the schema (schema/schema.graphql): a field, argument, variable or type is unknown or misused. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Retry later; if it persists, report it with the time and extensions.requestId. */
  | 'INTERNAL_SERVER_ERROR'
  /** Check the email and password and sign in again. */
  | 'INVALID_CREDENTIALS'
  /** Change the message: a plugin of this workspace refused it, and the error message says why (extensions.plugin names the plugin). */
  | 'MESSAGE_REJECTED'
  /** Shorten the message or send the content as a file. */
  | 'MESSAGE_TOO_LARGE'
  /** Check the id: the object does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** Ask an admin for a new password reset token: this one is wrong, used or expired. */
  | 'PASSWORD_RESET_INVALID'
  /** Ask for fewer fields, less depth or smaller pages in one operation. */
  | 'QUERY_TOO_COMPLEX'
  /** Slow down and retry after extensions.retryAfterSeconds seconds (also given as retryAfterMs). */
  | 'RATE_LIMITED'
  /** Send a smaller request: the body is larger than http.maxBodyBytes (on WebSocket a frame above limits.wsMaxPayloadBytes closes the socket with 1009). */
  | 'REQUEST_TOO_LARGE'
  /** Complete a subscription on this WebSocket before starting another (limits.wsMaxOperations at once, extensions.maxOperations), or open another connection. */
  | 'TOO_MANY_OPERATIONS'
  /** Sign in again or send a valid token: it is missing, malformed or expired. */
  | 'UNAUTHENTICATED'
  /** Compute identityHash on your server as hex HMAC-SHA256 of externalId with the workspace identity secret (identitySecret query), and pass both. */
  | 'VISITOR_IDENTITY_INVALID';

/** Input of importKnowledgeEntries: up to 500 entries, saved all or none. */
export type ImportKnowledgeEntriesInput = {
  /** The entries: with id each replaces that entry; without id it replaces the entry with the same question and language, or is created. */
  entries: Array<SaveKnowledgeEntryInput>;
  /** Delete the workspace's entries that are not in the list (by id). Default false. */
  replaceAll?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of importKnowledgeEntries; the bot uses the entries at once. */
export type ImportKnowledgeEntriesPayload = {
  __typename?: 'ImportKnowledgeEntriesPayload';
  /** Entries created. */
  created: Scalars['Int']['output'];
  /** Entries deleted by replaceAll. */
  deleted: Scalars['Int']['output'];
  /** The saved entries, in the order sent. */
  entries: Array<KnowledgeEntry>;
  /** Entries replaced. */
  updated: Scalars['Int']['output'];
};

/** A change to a conversation the caller may work on. */
export type InboxEvent = {
  __typename?: 'InboxEvent';
  /** The conversation after the change. */
  conversation: Conversation;
  /** The new message, for MESSAGE. */
  message: Maybe<Message>;
  /** Why it appears. */
  reason: InboxEventReason;
};

/** Why a conversation appears in the inbox stream. */
export type InboxEventReason =
  /** Routing or a person assigned it (or returned it to the queue). */
  | 'ASSIGNED'
  /** A visitor started it. */
  | 'CREATED'
  /** A new message arrived. */
  | 'MESSAGE'
  /** It was transferred to another agent or department, or reassigned for lack of reply. */
  | 'TRANSFERRED'
  /** Status, priority, assignee or tags changed. */
  | 'UPDATED';

/** An integration writing with an API key that belongs to no agent bot. */
export type Integration = {
  __typename?: 'Integration';
  /** Name of its API key. */
  name: Scalars['String']['output'];
};

/** Input of issuePasswordReset. */
export type IssuePasswordResetInput = {
  /** Agent of your workspace. */
  agentId: Scalars['ID']['input'];
};

/** Result of issuePasswordReset. */
export type IssuePasswordResetPayload = {
  __typename?: 'IssuePasswordResetPayload';
  /** The agent. */
  agent: Agent;
  /** When the token stops working (auth.passwordResetTtlSeconds). */
  expiresAt: Scalars['DateTime']['output'];
  /** One-time reset token, shown only now: give it to the agent for resetPassword. */
  token: Scalars['String']['output'];
};

/** A knowledge-base (FAQ) entry the bot answers from. */
export type KnowledgeEntry = {
  __typename?: 'KnowledgeEntry';
  /** Other phrasings of the question. */
  alternates: Array<Scalars['String']['output']>;
  /** The answer. */
  answer: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The intent its question and alternates fall under, classified on save and after trainBot (null: none was confident). The matcher weighs the classifier’s probability of this intent for a message. */
  intent: Maybe<Scalars['String']['output']>;
  /** zh or en. */
  language: Scalars['String']['output'];
  /** The question. */
  question: Scalars['String']['output'];
  /** Tags. */
  tags: Array<Scalars['String']['output']>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Input of leaveMessage: the leave-a-message form. */
export type LeaveMessageInput = {
  /** Client-generated id (a UUID): a retry returns the original. */
  clientMessageId: Scalars['String']['input'];
  /** The visitor’s conversation. */
  conversationId: Scalars['ID']['input'];
  /** Where to reply (kept on the visitor’s profile). */
  email: Scalars['String']['input'];
  /** The message, at most limits.messageMaxBytes UTF-8 bytes. */
  message: Scalars['String']['input'];
  /** The visitor’s name (kept on their profile). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of leaveMessage. */
export type LeaveMessagePayload = {
  __typename?: 'LeaveMessagePayload';
  /** The conversation after it; null for a retry. */
  conversation: Maybe<Conversation>;
  /** True when this was a retry of a stored message. */
  isDuplicate: Scalars['Boolean']['output'];
  /** The stored LEFT_MESSAGE event (the original one for a retry). */
  message: Message;
};

/** Input of markConversationRead. */
export type MarkConversationReadInput = {
  /** The conversation. */
  conversationId: Scalars['ID']['input'];
  /** seq of the last event shown; a lower value than before is ignored. */
  seq: Scalars['Int']['input'];
};

/** One event of a conversation: a message, an internal note or a change. Ordered by seq. */
export type Message = {
  __typename?: 'Message';
  /** The agent bot that wrote this message, if one did (a lookup only for messages sent with an API key). */
  agentBot: Maybe<AgentBot>;
  /** Files the message carries, in the order sent. */
  attachments: Array<Attachment>;
  /** Who wrote it: Agent, Visitor, AgentBot, BuiltInBot or Integration; null for Kefu’s own events (one lookup, none for the built-in bot). */
  author: Maybe<MessageAuthor>;
  /** Agent author (costs a lookup; prefer authorAgentId in subscriptions). */
  authorAgent: Maybe<Agent>;
  /** Agent author, if any. */
  authorAgentId: Maybe<Scalars['ID']['output']>;
  /** Who wrote it. */
  authorType: AuthorType;
  /** Visitor author, if any. */
  authorVisitorId: Maybe<Scalars['ID']['output']>;
  /** Text. */
  body: Scalars['String']['output'];
  /** For bot replies: the bot’s decision (render suggestions as clickable chips). */
  botResult: Maybe<BotResult>;
  /** The sender’s idempotency key. */
  clientMessageId: Maybe<Scalars['String']['output']>;
  /** Conversation it belongs to. */
  conversationId: Scalars['ID']['output'];
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Structured details of change events. */
  data: Maybe<Scalars['JSON']['output']>;
  /** The form values this message submits. */
  formSubmission: Maybe<RichFormSubmission>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Internal notes are never shown to visitors. */
  internal: Scalars['Boolean']['output'];
  /** What it records. */
  kind: MessageKind;
  /** The button this message chose, when it answers quick replies or a card. */
  postback: Maybe<Postback>;
  /** Buttons, cards or a form to render (the body is the plain-text fallback). */
  rich: Maybe<RichContent>;
  /** Position in the conversation: gap-free for staff, increasing for everyone. */
  seq: Scalars['Int']['output'];
  /** For change events: what happened, to render in the reader’s language (body holds an English rendering). */
  systemEvent: Maybe<SystemEvent>;
};

/** Who wrote a message. */
export type MessageAuthor = Agent | AgentBot | BuiltInBot | Integration | Visitor;

/** What a conversation event records. */
export type MessageKind =
  /** The assignee changed; data has from and to agent ids. */
  | 'ASSIGNED'
  /** A message the visitor left with the leave-a-message form; data has name and email. The bot never answers it. */
  | 'LEFT_MESSAGE'
  /** The priority changed (internal). */
  | 'PRIORITY_CHANGED'
  /** The status changed; data has from and to. */
  | 'STATUS_CHANGED'
  /** A chat message or internal note. */
  | 'TEXT';

/** Writes. Each takes one input object and validates it. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Staff: assign to an agent or return to the queue. */
  assignConversation: ConversationPayload;
  /** Changes the signed-in agent’s password. This session stays; every other one ends. */
  changePassword: AgentPayload;
  /** Admins: switch a plugin on or off in your workspace and set its settings. Every server process picks the change up at once. */
  configurePlugin: ConfigurePluginPayload;
  /** Adds an agent to the caller’s workspace (owners and admins). */
  createAgent: CreateAgentPayload;
  /** Registers an agent bot and creates its BOT API key (owners and admins). */
  createAgentBot: AgentBotKeyPayload;
  /** A new BOT API key for an agent bot, e.g. to rotate it (owners and admins). */
  createAgentBotApiKey: AgentBotKeyPayload;
  /** Creates an API key (owners and admins). */
  createApiKey: CreateApiKeyPayload;
  /** Admins: add a department. */
  createDepartment: DepartmentPayload;
  /** Agents and ADMIN API keys: open a conversation for a customer (an existing visitor or an email address). */
  createTicket: CreateTicketPayload;
  /** Admins: add an endpoint; it receives the events recorded from now on. The payload carries the signing secret once. */
  createWebhookEndpoint: WebhookEndpointPayload;
  /** Creates a workspace and its owner, and signs the owner in. Open to anyone when auth.publicSignUp is on (the default); otherwise signed-in admins only. */
  createWorkspace: CreateWorkspacePayload;
  /** Deactivates an agent (admins; only owners act on owners): it cannot sign in, its sessions and sockets end at once, and it is not routed to. */
  deactivateAgent: AgentPayload;
  /** Admins: delete a workspace intent. */
  deleteBotIntent: DeleteBotIntentPayload;
  /** Staff: delete a canned reply. */
  deleteCannedReply: DeleteCannedReplyPayload;
  /** Admins: delete a knowledge-base entry. */
  deleteKnowledgeEntry: DeleteKnowledgeEntryPayload;
  /** Admins: remove an endpoint and its delivery log; returns its id. */
  deleteWebhookEndpoint: Scalars['ID']['output'];
  /** Stops an agent bot answering; the built-in bot takes its conversations back (owners and admins). */
  disableAgentBot: AgentBotPayload;
  /** Admins: save many knowledge-base entries at once (a team's FAQ), all or none; one rate-limit unit for the whole list. */
  importKnowledgeEntries: ImportKnowledgeEntriesPayload;
  /** Issues a one-time password reset token for an agent (admins; only owners for owners). Replaces any earlier one. */
  issuePasswordReset: IssuePasswordResetPayload;
  /** Visitors: leave a message with name and email when nobody is available. Stored as a LEFT_MESSAGE event the bot never answers, marked for agents, and emailed to the team when email is configured. */
  leaveMessage: LeaveMessagePayload;
  /** Record that the caller has read up to seq. */
  markConversationRead: ReadReceipt;
  /** Visitors: rate a resolved conversation 1–5 with an optional comment; once per conversation. */
  rateConversation: RateConversationPayload;
  /** Lets a deactivated agent sign in again (admins). Its old sessions stay revoked. */
  reactivateAgent: AgentPayload;
  /** Admins: send a delivery again (same body and Kefu-Webhook-Id) as a new PENDING delivery. */
  replayWebhookDelivery: WebhookDelivery;
  /** Visitor (“talk to a person”) or bot handoff: route the conversation to a human now, or queue it. */
  requestAgent: RequestAgentPayload;
  /** Sets a new password with a reset token (no sign-in needed); ends every session of the agent. Sign in afterwards. */
  resetPassword: AgentPayload;
  /** Signs an agent out everywhere (admins): every token and socket of it ends at once. */
  revokeAgentSessions: AgentPayload;
  /** Revokes an API key at once (owners and admins). */
  revokeApiKey: RevokeApiKeyPayload;
  /** Replaces the visitor identity secret (admins), e.g. after it leaked. */
  rotateIdentitySecret: RotateIdentitySecretPayload;
  /** Admins: a new signing secret, used from the next attempt on; the old one stops working at once. */
  rotateWebhookSecret: WebhookEndpointPayload;
  /** Admins: create or update an intent. Answers apply at once; examples after trainBot. */
  saveBotIntent: SaveBotIntentPayload;
  /** Staff: create or update a canned reply. */
  saveCannedReply: SaveCannedReplyPayload;
  /** Admins: create or update a knowledge-base entry. */
  saveKnowledgeEntry: SaveKnowledgeEntryPayload;
  /** Sends a message. When this returns, the message is stored with its seq and will reach every subscriber. */
  sendMessage: SendMessagePayload;
  /** Visitors (their own conversation) and staff: email the conversation’s messages to the visitor. The email is queued and retried in the background; EMAIL_NOT_CONFIGURED when the server has no SMTP server. */
  sendTranscript: SendTranscriptPayload;
  /** Gives an agent another role (admins; only owners make or change owners). Its open sockets close with 4403 and reconnect with the new role. */
  setAgentRole: AgentPayload;
  /** Agents: choose ONLINE (take conversations), AWAY or OFFLINE. Presence also needs a live WebSocket. */
  setAgentStatus: Agent;
  /** Admins: business hours per workspace, with timezone and out-of-hours reply. */
  setBusinessHours: RoutingSettingsPayload;
  /** Tell the other side you are (or stopped) typing. Best effort: the answer means the event reached live subscribers on this server and was handed to Redis for the others, not that anyone received it (nothing replays it). Send at most every few seconds, and again while typing continues. */
  setTyping: TypingEvent;
  /** Signs an agent in with email and password. Throttled per client address and per account (RATE_LIMITED with retryAfterSeconds). */
  signIn: SignInPayload;
  /** Revokes the caller’s agent token at once, on HTTP and on open sockets (closed with 4403). */
  signOut: SignOutPayload;
  /** Staff: hide a conversation from the open inbox until a time; it comes back then, or earlier when the visitor writes. */
  snoozeConversation: SnoozeConversationPayload;
  /** Visitors: open a conversation (or get back the one already open). */
  startConversation: StartConversationPayload;
  /** Starts or continues a visitor session from the widget. Needs no token. */
  startVisitorSession: StartVisitorSessionPayload;
  /** Staff: add and remove tags. */
  tagConversation: ConversationPayload;
  /** Admins: retrain the intent model with the workspace’s examples (seconds); swapped in without a restart. */
  trainBot: TrainBotPayload;
  /** Staff: hand a conversation to another agent or department, with an optional internal note. */
  transferConversation: TransferConversationPayload;
  /** Changes an agent bot, or enables or disables it (owners and admins). */
  updateAgentBot: AgentBotPayload;
  /** Admins: an agent’s capacity, skills and languages. */
  updateAgentRouting: UpdateAgentRoutingPayload;
  /** Admins: change the workspace’s bot settings. */
  updateBotSettings: UpdateBotSettingsPayload;
  /** Staff: change status (resolve, reopen, close), priority or subject. */
  updateConversation: ConversationPayload;
  /** Admins: rename, change the strategy or replace the members. */
  updateDepartment: DepartmentPayload;
  /** Admins: the strategy, queue limit, auto-reassign timer and offline reply. */
  updateRoutingSettings: RoutingSettingsPayload;
  /** Updates a visitor profile, e.g. from the pre-chat form. */
  updateVisitor: UpdateVisitorPayload;
  /** Admins: change an endpoint URL or events, pause it, or enable it again. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /** Uploads a file over HTTP as a multipart request (GraphQL multipart request spec, with an x-graphql-yoga-csrf header). It is sent when a sendMessage names it; files never sent are deleted after attachments.orphanTtlSeconds. */
  uploadAttachment: UploadAttachmentPayload;
};


/** Writes. Each takes one input object and validates it. */
export type MutationAssignConversationArgs = {
  input: AssignConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationConfigurePluginArgs = {
  input: ConfigurePluginInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateAgentArgs = {
  input: CreateAgentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateAgentBotArgs = {
  input: CreateAgentBotInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateAgentBotApiKeyArgs = {
  input: AgentBotIdInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationDeactivateAgentArgs = {
  input: DeactivateAgentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationDeleteBotIntentArgs = {
  name: Scalars['String']['input'];
};


/** Writes. Each takes one input object and validates it. */
export type MutationDeleteCannedReplyArgs = {
  input: DeleteCannedReplyInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationDeleteKnowledgeEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each takes one input object and validates it. */
export type MutationDeleteWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationDisableAgentBotArgs = {
  input: AgentBotIdInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationImportKnowledgeEntriesArgs = {
  input: ImportKnowledgeEntriesInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationIssuePasswordResetArgs = {
  input: IssuePasswordResetInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationLeaveMessageArgs = {
  input: LeaveMessageInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationMarkConversationReadArgs = {
  input: MarkConversationReadInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationRateConversationArgs = {
  input: RateConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationReactivateAgentArgs = {
  input: ReactivateAgentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationReplayWebhookDeliveryArgs = {
  input: ReplayWebhookDeliveryInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationRequestAgentArgs = {
  input: RequestAgentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationRevokeAgentSessionsArgs = {
  input: RevokeAgentSessionsInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationRotateWebhookSecretArgs = {
  input: WebhookEndpointIdInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSaveBotIntentArgs = {
  input: SaveBotIntentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSaveCannedReplyArgs = {
  input: SaveCannedReplyInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSaveKnowledgeEntryArgs = {
  input: SaveKnowledgeEntryInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSendTranscriptArgs = {
  input: SendTranscriptInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSetAgentRoleArgs = {
  input: SetAgentRoleInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSetAgentStatusArgs = {
  input: SetAgentStatusInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSetBusinessHoursArgs = {
  input: SetBusinessHoursInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSetTypingArgs = {
  input: SetTypingInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSignOutArgs = {
  input?: InputMaybe<SignOutInput>;
};


/** Writes. Each takes one input object and validates it. */
export type MutationSnoozeConversationArgs = {
  input: SnoozeConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationStartConversationArgs = {
  input: StartConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationStartVisitorSessionArgs = {
  input: StartVisitorSessionInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationTagConversationArgs = {
  input: TagConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationTransferConversationArgs = {
  input: TransferConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateAgentBotArgs = {
  input: UpdateAgentBotInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateAgentRoutingArgs = {
  input: UpdateAgentRoutingInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateBotSettingsArgs = {
  input: UpdateBotSettingsInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateConversationArgs = {
  input: UpdateConversationInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateDepartmentArgs = {
  input: UpdateDepartmentInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateRoutingSettingsArgs = {
  input: UpdateRoutingSettingsInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateVisitorArgs = {
  input: UpdateVisitorInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


/** Writes. Each takes one input object and validates it. */
export type MutationUploadAttachmentArgs = {
  input: UploadAttachmentInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A plugin found in the plugins folder of the server that answered (every server process loads the same folder). */
export type Plugin = {
  __typename?: 'Plugin';
  /** What the running plugin says it does. */
  description: Maybe<Scalars['String']['output']>;
  /** Whether it runs in your workspace. */
  enabled: Scalars['Boolean']['output'];
  /** When that load failed. */
  failedAt: Maybe<Scalars['DateTime']['output']>;
  /** Hooks it declares: beforeStore, afterStore, beforeBotReply, conversationCreated, conversationAssigned, conversationResolved, route. */
  hooks: Array<Scalars['String']['output']>;
  /** A version of the plugin is loaded and runs where enabled. */
  isRunning: Scalars['Boolean']['output'];
  /** Null while no version has loaded. */
  language: Maybe<PluginLanguage>;
  /** Why the plugin’s current files failed to load; the previous version, if any, keeps running. */
  loadError: Maybe<Scalars['String']['output']>;
  /** When the running version was loaded. */
  loadedAt: Maybe<Scalars['DateTime']['output']>;
  /** Its folder name. */
  name: Scalars['String']['output'];
  /** Plugins run in ascending order, then by name. */
  order: Scalars['Int']['output'];
  /** Your workspace’s settings, defaults filled in. */
  settings: Scalars['JSON']['output'];
  /** The settings it declares. */
  settingsSchema: Array<PluginSetting>;
  /** Version the running plugin declares. */
  version: Maybe<Scalars['String']['output']>;
};

/** What a plugin is written in. */
export type PluginLanguage =
  /** plugin.js or plugin.mjs, an ES module. */
  | 'JAVASCRIPT'
  /** plugin.lua, run in a Lua 5.4 VM in WebAssembly. */
  | 'LUA'
  /** plugin.ts, an ES module. */
  | 'TYPESCRIPT';

/** A setting a plugin declares. */
export type PluginSetting = {
  __typename?: 'PluginSetting';
  /** Allowed values of a string setting. */
  choices: Maybe<Array<Scalars['String']['output']>>;
  /** Value when the workspace sets none. */
  default: Maybe<Scalars['JSON']['output']>;
  /** What it does. */
  description: Maybe<Scalars['String']['output']>;
  /** Name in the settings object. */
  key: Scalars['String']['output'];
  /** string, number, boolean or list (of strings). */
  type: Scalars['String']['output'];
};

/** The button a visitor chose. */
export type Postback = {
  __typename?: 'Postback';
  /** The rich message it answers. */
  messageId: Maybe<Scalars['ID']['output']>;
  /** The postback of the chosen button. */
  value: Scalars['String']['output'];
};

/** The button a visitor chose. */
export type PostbackInput = {
  /** The rich message it answers; value must be one of its postbacks. */
  messageId: Scalars['ID']['input'];
  /** The button’s postback. */
  value: Scalars['String']['input'];
};

/** An item of the agentPresence stream. */
export type PresenceEvent = {
  __typename?: 'PresenceEvent';
  /** The agents concerned. */
  agents: Array<AgentPresence>;
  /** STATE or DIFF. */
  kind: PresenceEventKind;
};

/** Full state or a change (like Phoenix presence_state / presence_diff). */
export type PresenceEventKind =
  /** Agents whose presence changed. */
  | 'DIFF'
  /** Every agent of the workspace; sent first. */
  | 'STATE';

/** Reads. Every field is scoped to the caller’s workspace. */
export type Query = {
  __typename?: 'Query';
  /** Agent bots of the workspace, oldest first (staff). */
  agentBots: Array<AgentBot>;
  /** Agents of the caller’s workspace, by name. */
  agents: QueryAgentsConnection;
  /** API keys of the workspace, newest first (admins). */
  apiKeys: QueryApiKeysConnection;
  /** The workspace’s own intents (admins). Shipped intents route messages to linked entries; their answers are sent only once enabled here. */
  botIntents: Array<BotIntent>;
  /** Staff: what the bot would answer to the first message of a conversation, with the workspace’s current content and settings (for tuning the bot and `kefu bot eval --faq`). */
  botPreview: BotPreview;
  /** Staff: the workspace’s bot settings in effect. */
  botSettings: BotSettings;
  /** Canned replies whose shortcut starts with, or body contains, the search text (staff). */
  cannedReplies: Array<CannedReply>;
  /** One conversation, if visible to the caller. */
  conversation: Maybe<Conversation>;
  /** Conversation history, most recently active first (a conversation written through another server process may take up to about 1 s to move up). Visitors see their own; agents their own and the queue; admins all. */
  conversations: QueryConversationsConnection;
  /** Departments of the workspace, by name (everyone signed in, so widgets can offer a choice). */
  departments: Array<Department>;
  /** The workspace’s visitor identity secret (admins). Keep it on your server: it signs externalId as identityHash for startVisitorSession. */
  identitySecret: Scalars['String']['output'];
  /** The knowledge base, most recently changed first (staff). */
  knowledgeEntries: QueryKnowledgeEntriesConnection;
  /** Admins: every plugin in the server’s plugins folder, in run order, with load errors and your workspace’s switches. */
  plugins: Array<Plugin>;
  /** Workspace admins (and ADMIN API keys): first-response and resolution times, volumes, CSAT, per agent and per day or week. */
  report: Report;
  /** Full-text search over message history (Chinese and English), newest first (staff). */
  searchMessages: Array<Message>;
  /** Admins: the shipped intents, their template answers and whether the workspace enabled them. */
  shippedBotIntents: Array<ShippedBotIntent>;
  /** Knowledge entries similar to a text (BM25 over questions and phrasings; works for Chinese). */
  similarQuestions: Array<SimilarQuestion>;
  /** All tags of the workspace, by name (staff and BOT keys). */
  tags: Array<Tag>;
  /** Who is calling; null without a token. */
  viewer: Maybe<Viewer>;
  /** One visitor of the workspace (staff), or yourself (visitors). */
  visitor: Maybe<Visitor>;
  /** Visitors of the workspace, most recently seen first (staff). */
  visitors: QueryVisitorsConnection;
  /** Admins: the workspace webhook endpoints, with their delivery logs. */
  webhookEndpoints: Array<WebhookEndpoint>;
  /** The caller’s workspace. */
  workspace: Workspace;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryBotPreviewArgs = {
  text: Scalars['String']['input'];
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryCannedRepliesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryKnowledgeEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryReportArgs = {
  input: ReportInput;
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QuerySearchMessagesArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QuerySimilarQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryVisitorArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field is scoped to the caller’s workspace. */
export type QueryVisitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryAgentsConnection = {
  __typename?: 'QueryAgentsConnection';
  edges: Array<QueryAgentsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryAgentsConnectionEdge = {
  __typename?: 'QueryAgentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Agent;
};

export type QueryApiKeysConnection = {
  __typename?: 'QueryApiKeysConnection';
  edges: Array<QueryApiKeysConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryApiKeysConnectionEdge = {
  __typename?: 'QueryApiKeysConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type QueryConversationsConnection = {
  __typename?: 'QueryConversationsConnection';
  edges: Array<QueryConversationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryConversationsConnectionEdge = {
  __typename?: 'QueryConversationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

export type QueryKnowledgeEntriesConnection = {
  __typename?: 'QueryKnowledgeEntriesConnection';
  edges: Array<QueryKnowledgeEntriesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryKnowledgeEntriesConnectionEdge = {
  __typename?: 'QueryKnowledgeEntriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: KnowledgeEntry;
};

export type QueryVisitorsConnection = {
  __typename?: 'QueryVisitorsConnection';
  edges: Array<QueryVisitorsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryVisitorsConnectionEdge = {
  __typename?: 'QueryVisitorsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Visitor;
};

/** Where a conversation stands in routing. */
export type QueueState =
  /** An agent has it. */
  | 'ASSIGNED'
  /** Not routed (the bot is answering, or the strategy is MANUAL and nobody picked it yet). */
  | 'NONE'
  /** Nobody will come now (out of hours or waited too long); the visitor got the leave-a-message reply. */
  | 'OFFLINE'
  /** In the queue, waiting for a free agent. */
  | 'WAITING';

/** A conversation’s place in the queue, for the visitor’s “you are number 3, about 2 minutes” line. */
export type QueueStatus = {
  __typename?: 'QueueStatus';
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** Estimated wait in seconds; null unless WAITING with an agent online. */
  etaSeconds: Maybe<Scalars['Int']['output']>;
  /** Whether an agent who could take it is online now; false: no honest wait exists, offer leaveMessage. */
  isAgentOnline: Scalars['Boolean']['output'];
  /** 1 = served next; null unless WAITING. */
  position: Maybe<Scalars['Int']['output']>;
  /** Routing state. */
  state: QueueState;
};

/** A knowledge entry and its match score for the previewed message. */
export type RankedEntry = {
  __typename?: 'RankedEntry';
  /** The entry. */
  knowledgeEntryId: Scalars['ID']['output'];
  /** The entry’s question. */
  question: Scalars['String']['output'];
  /** Blended match score, 0–1 (compare with the knowledge thresholds in botSettings). */
  score: Scalars['Float']['output'];
};

/** An intent and the model’s probability for it. */
export type RankedIntent = {
  __typename?: 'RankedIntent';
  /** Probability, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Intent name. */
  intent: Scalars['String']['output'];
};

/** Input of rateConversation. */
export type RateConversationInput = {
  /** Optional comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A resolved conversation of yours. */
  conversationId: Scalars['ID']['input'];
  /** 1 to 5. */
  score: Scalars['Int']['input'];
};

/** Result of rateConversation. */
export type RateConversationPayload = {
  __typename?: 'RateConversationPayload';
  /** The stored rating. */
  rating: CsatRating;
};

/** Input of reactivateAgent. */
export type ReactivateAgentInput = {
  /** Agent of your workspace. */
  agentId: Scalars['ID']['input'];
};

/** How far one participant has read a conversation. */
export type ReadReceipt = {
  __typename?: 'ReadReceipt';
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** seq of the last event they have seen. */
  lastReadSeq: Scalars['Int']['output'];
  /** Who: "agent:<id>", "visitor:<id>" or "apiKey:<id>". */
  participant: Scalars['String']['output'];
  /** When it last moved. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Input of replayWebhookDelivery. */
export type ReplayWebhookDeliveryInput = {
  /** A delivery of the log, in any state. */
  deliveryId: Scalars['ID']['input'];
};

/** Support figures of a date range, read from the conversation log. */
export type Report = {
  __typename?: 'Report';
  /** Per agent, busiest first. */
  agents: Array<ReportAgentFigures>;
  /** Conversations by channel, every channel listed. */
  byChannel: Array<ReportChannelCount>;
  /** Conversations by status, every status listed. */
  byStatus: Array<ReportStatusCount>;
  /** Ratings per score, 1 to 5. */
  csatDistribution: Array<ReportScoreCount>;
  /** Start of the range (included). */
  from: Scalars['DateTime']['output'];
  /** Bucket of periods. */
  interval: ReportInterval;
  /** Every day or week of the range, empty ones included. */
  periods: Array<ReportPeriod>;
  /** End of the range (excluded). */
  to: Scalars['DateTime']['output'];
  /** Figures of the whole range. */
  totals: ReportFigures;
};

/** One agent’s figures: volume, resolution and CSAT of the conversations assigned to them; first responses they wrote. */
export type ReportAgentFigures = {
  __typename?: 'ReportAgentFigures';
  /** The agent. */
  agentId: Scalars['ID']['output'];
  /** Their figures. */
  figures: ReportFigures;
  /** The agent’s name now. */
  name: Scalars['String']['output'];
};

/** Who opened a conversation, read from its first event. */
export type ReportChannel =
  /** An API key opened it. */
  | 'API'
  /** An agent opened it for a customer. */
  | 'STAFF'
  /** A visitor (the chat widget or the visitor API). */
  | 'WIDGET';

/** Conversations created in the range, by who opened them. */
export type ReportChannelCount = {
  __typename?: 'ReportChannelCount';
  /** Who opened them. */
  channel: ReportChannel;
  /** Conversations. */
  count: Scalars['Int']['output'];
};

/** Figures of a set of conversations. Volumes and times count conversations created in the range; CSAT counts ratings given in it. An average is null when nothing was measured. */
export type ReportFigures = {
  __typename?: 'ReportFigures';
  /** Conversations created. */
  conversations: Scalars['Int']['output'];
  /** Average CSAT score (1–5), two decimals. */
  csatAverage: Maybe<Scalars['Float']['output']>;
  /** CSAT ratings given. */
  csatCount: Scalars['Int']['output'];
  /** Average seconds from the visitor’s first message to the first visible agent reply. */
  firstResponseAverageSeconds: Maybe<Scalars['Float']['output']>;
  /** Conversations with a visible agent reply after the visitor’s first message. */
  firstResponseCount: Scalars['Int']['output'];
  /** Average seconds from creation to the first RESOLVED or CLOSED status change. */
  resolutionAverageSeconds: Maybe<Scalars['Float']['output']>;
  /** Conversations resolved or closed at least once. */
  resolvedCount: Scalars['Int']['output'];
};

/** A date range of at most 366 days. */
export type ReportInput = {
  /** Start (included). */
  from: Scalars['DateTime']['input'];
  /** Series bucket; DAY by default. */
  interval?: InputMaybe<ReportInterval>;
  /** End (excluded). */
  to: Scalars['DateTime']['input'];
};

/** How the report’s series is bucketed, in UTC. */
export type ReportInterval =
  /** One point per UTC day. */
  | 'DAY'
  /** One point per ISO week, starting Monday 00:00 UTC. */
  | 'WEEK';

/** One day or week of the series. */
export type ReportPeriod = {
  __typename?: 'ReportPeriod';
  /** Figures of the period. */
  figures: ReportFigures;
  /** Start of the day or week (UTC). */
  start: Scalars['DateTime']['output'];
};

/** CSAT ratings of one score given in the range. */
export type ReportScoreCount = {
  __typename?: 'ReportScoreCount';
  /** Ratings with this score. */
  count: Scalars['Int']['output'];
  /** Score, 1 to 5. */
  score: Scalars['Int']['output'];
};

/** Conversations created in the range, by their status now. */
export type ReportStatusCount = {
  __typename?: 'ReportStatusCount';
  /** Conversations. */
  count: Scalars['Int']['output'];
  /** Status now. */
  status: ConversationStatus;
};

/** Input of requestAgent. */
export type RequestAgentInput = {
  /** The conversation. */
  conversationId: Scalars['ID']['input'];
  /** Route only to this department’s members. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Language the agent must speak, e.g. zh. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Skills the agent must have. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of requestAgent. */
export type RequestAgentPayload = {
  __typename?: 'RequestAgentPayload';
  /** The conversation (assignee set if an agent was free). */
  conversation: Conversation;
  /** Place in the queue. */
  queueStatus: QueueStatus;
};

/** Input of resetPassword. */
export type ResetPasswordInput = {
  /** At least 10 characters, not a common password. */
  newPassword: Scalars['String']['input'];
  /** The token from issuePasswordReset. */
  token: Scalars['String']['input'];
};

/** Too many events were missed to replay: reload history with the messages connection, then subscribe again with afterSeq. The stream ends after this. */
export type ResyncRequired = {
  __typename?: 'ResyncRequired';
  /** The afterSeq the subscription asked for. */
  afterSeq: Scalars['Int']['output'];
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** The newest seq now. */
  latestSeq: Scalars['Int']['output'];
};

/** Input of revokeAgentSessions. */
export type RevokeAgentSessionsInput = {
  /** Agent of your workspace. */
  agentId: Scalars['ID']['input'];
};

/** Input of revokeApiKey. */
export type RevokeApiKeyInput = {
  /** Key to revoke. */
  id: Scalars['ID']['input'];
};

/** Result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The revoked key. */
  apiKey: ApiKey;
};

/** A card: title, text, image and buttons. */
export type RichCard = {
  __typename?: 'RichCard';
  /** At most 3 buttons. */
  buttons: Array<RichCardButton>;
  /** http(s) image URL. */
  imageUrl: Maybe<Scalars['String']['output']>;
  /** Body text. */
  text: Maybe<Scalars['String']['output']>;
  /** Heading. */
  title: Scalars['String']['output'];
};

/** A card button: a link (url) or an answer (postback). */
export type RichCardButton = {
  __typename?: 'RichCardButton';
  /** What the button says. */
  label: Scalars['String']['output'];
  /** The value sent back when it is chosen. */
  postback: Maybe<Scalars['String']['output']>;
  /** http(s) link opened in a new tab. */
  url: Maybe<Scalars['String']['output']>;
};

/** A card button: give url (a link) or postback (an answer). */
export type RichCardButtonInput = {
  /** Button text, at most 80 characters. */
  label: Scalars['String']['input'];
  /** Value sent back. */
  postback?: InputMaybe<Scalars['String']['input']>;
  /** http:// or https:// link. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A card. */
export type RichCardInput = {
  /** At most 3. */
  buttons?: InputMaybe<Array<RichCardButtonInput>>;
  /** http:// or https:// image URL. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** At most 80 characters. */
  title: Scalars['String']['input'];
};

/** One or more cards (a carousel). */
export type RichCards = {
  __typename?: 'RichCards';
  /** 1–10 cards. */
  cards: Array<RichCard>;
};

/** Buttons, cards or a form sent with a message. */
export type RichContent = RichCards | RichForm | RichQuickReplies;

/** Rich content of a message: exactly one of quickReplies, cards or form. Agents and bots only. */
export type RichContentInput = {
  /** 1–10 cards. */
  cards?: InputMaybe<Array<RichCardInput>>;
  /** A form. */
  form?: InputMaybe<RichFormInput>;
  /** 1–10 buttons. */
  quickReplies?: InputMaybe<Array<RichQuickReplyInput>>;
};

/** A form; the visitor answers with a formSubmission. */
export type RichForm = {
  __typename?: 'RichForm';
  /** 1–10 fields. */
  fields: Array<RichFormField>;
  /** Text of the submit button. */
  submitLabel: Maybe<Scalars['String']['output']>;
  /** Heading. */
  title: Maybe<Scalars['String']['output']>;
};

/** One field of a form. */
export type RichFormField = {
  __typename?: 'RichFormField';
  /** The form cannot be sent without it. */
  isRequired: Scalars['Boolean']['output'];
  /** What the field asks. */
  label: Scalars['String']['output'];
  /** Key of the value in the submission. */
  name: Scalars['String']['output'];
  /** Choices of a SELECT field. */
  options: Array<Scalars['String']['output']>;
  /** Kind of value. */
  type: RichFormFieldType;
};

/** A form field. */
export type RichFormFieldInput = {
  /** Defaults to false. */
  isRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the field asks. */
  label: Scalars['String']['input'];
  /** Key in the submission: a letter, then letters, digits or _. */
  name: Scalars['String']['input'];
  /** SELECT only: 1–20 choices. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Kind of value. */
  type: RichFormFieldType;
};

/** The kind of value a form field takes; the server checks it on submit. */
export type RichFormFieldType =
  /** An email address. */
  | 'EMAIL'
  /** A number. */
  | 'NUMBER'
  /** A phone number. */
  | 'PHONE'
  /** One of the options. */
  | 'SELECT'
  /** One line of text. */
  | 'TEXT'
  /** Several lines of text. */
  | 'TEXTAREA';

/** A form. */
export type RichFormInput = {
  /** 1–10 fields with unique names. */
  fields: Array<RichFormFieldInput>;
  /** Text of the submit button. */
  submitLabel?: InputMaybe<Scalars['String']['input']>;
  /** Heading. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The values a visitor submitted in a form, checked against its fields. */
export type RichFormSubmission = {
  __typename?: 'RichFormSubmission';
  /** The form message it answers. */
  messageId: Scalars['ID']['output'];
  /** Non-empty values, in the form’s order. */
  values: Array<RichFormValue>;
};

/** Values for a form message. */
export type RichFormSubmissionInput = {
  /** The form message. */
  messageId: Scalars['ID']['input'];
  /** One value per field; required fields must be non-empty. */
  values: Array<RichFormValueInput>;
};

/** One answered form field. */
export type RichFormValue = {
  __typename?: 'RichFormValue';
  /** Field name. */
  name: Scalars['String']['output'];
  /** What was entered. */
  value: Scalars['String']['output'];
};

/** One form value. */
export type RichFormValueInput = {
  /** Field name. */
  name: Scalars['String']['input'];
  /** At most 1000 characters. */
  value: Scalars['String']['input'];
};

/** Quick replies: buttons with a postback value. */
export type RichQuickReplies = {
  __typename?: 'RichQuickReplies';
  /** 1–10 buttons. */
  replies: Array<RichQuickReply>;
};

/** A button the visitor taps; their answer is a message with this postback. */
export type RichQuickReply = {
  __typename?: 'RichQuickReply';
  /** What the button says. */
  label: Scalars['String']['output'];
  /** The value sent back when it is chosen. */
  postback: Scalars['String']['output'];
};

/** A quick reply button. */
export type RichQuickReplyInput = {
  /** Button text, at most 80 characters. */
  label: Scalars['String']['input'];
  /** Value sent back, at most 256 characters. */
  postback: Scalars['String']['input'];
};

/** Result of rotateIdentitySecret. */
export type RotateIdentitySecretPayload = {
  __typename?: 'RotateIdentitySecretPayload';
  /** The new secret; hashes made with the old one no longer link visitors. */
  identitySecret: Scalars['String']['output'];
};

/** The workspace after a routing change. */
export type RoutingSettingsPayload = {
  __typename?: 'RoutingSettingsPayload';
  /** The workspace. */
  workspace: Workspace;
};

/** How conversations are given to agents. */
export type RoutingStrategy =
  /** The available agent with the fewest open conversations (default). */
  | 'LEAST_BUSY'
  /** Nobody is assigned automatically; agents pick from the queue with assignConversation. */
  | 'MANUAL'
  /** Available agents in turn. */
  | 'ROUND_ROBIN'
  /** The visitor’s last agent when available, else a consistent hash of the visitor over available agents. */
  | 'STICKY';

/** Input of saveBotIntent. Omitted answers keep their value; given examples replace all. */
export type SaveBotIntentInput = {
  /** Answer in English. */
  answerEn?: InputMaybe<Scalars['String']['input']>;
  /** Turn the intent’s answer on or off. On for a shipped intent without own answers sends its shipped template; writing an answer turns it on. */
  answerEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Answer in Chinese. */
  answerZh?: InputMaybe<Scalars['String']['input']>;
  /** Training phrases (replace the current ones). */
  examples?: InputMaybe<Array<BotExampleInput>>;
  /** Intent name; a shipped name (e.g. refund) overrides it. */
  name: Scalars['String']['input'];
};

/** Result of saveBotIntent. Run trainBot to use new examples. */
export type SaveBotIntentPayload = {
  __typename?: 'SaveBotIntentPayload';
  /** The saved intent. */
  intent: BotIntent;
};

/** Input of saveCannedReply: without id it creates, with id it updates. */
export type SaveCannedReplyInput = {
  /** Reply text, at most limits.messageMaxBytes UTF-8 bytes (16 KB by default), as it is sent as a message. */
  body: Scalars['String']['input'];
  /** Reply to update. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Shortcut, e.g. refund. */
  shortcut: Scalars['String']['input'];
};

/** Result of saveCannedReply. */
export type SaveCannedReplyPayload = {
  __typename?: 'SaveCannedReplyPayload';
  /** The saved reply. */
  cannedReply: CannedReply;
};

/** Input of saveKnowledgeEntry: without id it creates, with id it replaces. */
export type SaveKnowledgeEntryInput = {
  /** Other phrasings. */
  alternates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The answer. */
  answer: Scalars['String']['input'];
  /** Entry to update. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** zh or en. */
  language: Scalars['String']['input'];
  /** The question. */
  question: Scalars['String']['input'];
  /** Tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of saveKnowledgeEntry; the bot uses it at once. */
export type SaveKnowledgeEntryPayload = {
  __typename?: 'SaveKnowledgeEntryPayload';
  /** The saved entry. */
  entry: KnowledgeEntry;
};

/** Input of sendMessage. */
export type SendMessageInput = {
  /** Files uploaded to this conversation with uploadAttachment and not sent yet (at most attachments.maxPerMessage). */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text, at most limits.messageMaxBytes UTF-8 bytes (16 KB by default); may be left out when attachmentIds has files. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Client-generated id (a UUID): a retry with the same id returns the original message. */
  clientMessageId: Scalars['String']['input'];
  /** Conversation to send to. */
  conversationId: Scalars['ID']['input'];
  /** The values of a form; body is a readable summary. */
  formSubmission?: InputMaybe<RichFormSubmissionInput>;
  /** Staff only: an internal note, invisible to the visitor. */
  internal?: InputMaybe<Scalars['Boolean']['input']>;
  /** The button the visitor chose; body is its label. */
  postback?: InputMaybe<PostbackInput>;
  /** Agents and bots: buttons, cards or a form; body is the plain-text fallback. */
  rich?: InputMaybe<RichContentInput>;
};

/** Result of sendMessage. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** True when this was a retry of an already stored message. */
  isDuplicate: Scalars['Boolean']['output'];
  /** The stored message (the original one for a retry). */
  message: Message;
};

/** Input of sendTranscript. */
export type SendTranscriptInput = {
  /** The conversation to send. */
  conversationId: Scalars['ID']['input'];
  /** Send here; a visitor’s own address is kept on their profile. Default: the visitor’s email. */
  email?: InputMaybe<Scalars['String']['input']>;
};

/** Result of sendTranscript. */
export type SendTranscriptPayload = {
  __typename?: 'SendTranscriptPayload';
  /** Where the transcript goes. */
  email: Scalars['String']['output'];
};

/** Input of setAgentRole. */
export type SetAgentRoleInput = {
  /** Agent of your workspace. */
  agentId: Scalars['ID']['input'];
  /** The new role. */
  role: AgentRole;
};

/** Input of setAgentStatus. */
export type SetAgentStatusInput = {
  /** ONLINE, AWAY or OFFLINE. */
  status: AgentStatus;
};

/** Input of setBusinessHours; omit all three to remove business hours (always open). */
export type SetBusinessHoursInput = {
  /** Weekly opening intervals. */
  intervals?: InputMaybe<Array<BusinessHoursIntervalInput>>;
  /** Reply to visitors who start a chat out of hours. */
  outOfHoursReply?: InputMaybe<Scalars['String']['input']>;
  /** IANA timezone. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of setTyping. */
export type SetTypingInput = {
  /** The conversation. */
  conversationId: Scalars['ID']['input'];
  /** Staff typing an internal note: never shown to the visitor. Default false. */
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** true when typing starts, false when it stops. */
  isTyping: Scalars['Boolean']['input'];
};

/** A shipped intent: it routes messages to the entries linked to it; its template answers only once enabled. */
export type ShippedBotIntent = {
  __typename?: 'ShippedBotIntent';
  /** The shipped English template. */
  answerEn: Maybe<Scalars['String']['output']>;
  /** Whether this workspace sends an answer for it (saveBotIntent with answerEnabled). */
  answerEnabled: Scalars['Boolean']['output'];
  /** The shipped Chinese template (the demo shop’s facts). */
  answerZh: Maybe<Scalars['String']['output']>;
  /** Intent name, e.g. shipping. */
  name: Scalars['String']['output'];
};

/** Input of signIn. */
export type SignInInput = {
  /** Agent email. */
  email: Scalars['String']['input'];
  /** Agent password. */
  password: Scalars['String']['input'];
  /** Only when the email and password open several workspaces: the one to sign in to. */
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of signIn. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** The signed-in agent. */
  agent: Agent;
  /** Send as Authorization: Bearer <token> (HTTP) or connectionParams.authorization (WebSocket). */
  token: Scalars['String']['output'];
};

/** Input of signOut. */
export type SignOutInput = {
  /** Also end every other session of this agent. Default false: only this token. */
  everywhere?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of signOut. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Always true: the token no longer works. */
  isSignedOut: Scalars['Boolean']['output'];
};

/** A knowledge entry similar to a text. */
export type SimilarQuestion = {
  __typename?: 'SimilarQuestion';
  /** Its answer (staff and API keys; the bot gives visitors answers in its replies). */
  answer: Scalars['String']['output'];
  /** The entry. */
  knowledgeEntryId: Scalars['ID']['output'];
  /** Its question. */
  question: Scalars['String']['output'];
  /** Similarity, 0–1 (1 = same question). */
  score: Scalars['Float']['output'];
};

/** Input of snoozeConversation. */
export type SnoozeConversationInput = {
  /** An open or pending conversation. */
  conversationId: Scalars['ID']['input'];
  /** When it comes back (at most a year ahead); null wakes it now. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Result of snoozeConversation. */
export type SnoozeConversationPayload = {
  __typename?: 'SnoozeConversationPayload';
  /** The conversation after the change. */
  conversation: Conversation;
};

/** A message to send with the new conversation. */
export type StartConversationFirstMessageInput = {
  /** Message text. */
  body: Scalars['String']['input'];
  /** Client-generated id (UUID) that makes retries safe. */
  clientMessageId: Scalars['String']['input'];
};

/** Input of startConversation. */
export type StartConversationInput = {
  /** Optional first message. */
  firstMessage?: InputMaybe<StartConversationFirstMessageInput>;
  /** Start a new conversation even if one is open. Default false. */
  forceNew?: InputMaybe<Scalars['Boolean']['input']>;
  /** Short summary. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Result of startConversation. */
export type StartConversationPayload = {
  __typename?: 'StartConversationPayload';
  /** The conversation. */
  conversation: Conversation;
  /** False when an open conversation was returned instead. */
  isNew: Scalars['Boolean']['output'];
  /** The first message, if one was sent. */
  message: Maybe<Message>;
};

/** Input of startVisitorSession. */
export type StartVisitorSessionInput = {
  /** Visitor email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Your own user id for a signed-in user of your site; linked to that visitor only with a valid identityHash. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Hex HMAC-SHA256 of externalId with the workspace identity secret, computed by your server. Without it externalId is ignored. */
  identityHash?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag, e.g. zh-CN. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Up to 50 string/number/boolean values. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Visitor name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Current page URL. */
  pageUrl?: InputMaybe<Scalars['String']['input']>;
  /** Browser user agent. */
  userAgent?: InputMaybe<Scalars['String']['input']>;
  /** Token from an earlier session, to continue as the same visitor. */
  visitorToken?: InputMaybe<Scalars['String']['input']>;
  /** The workspace’s public widget key. */
  widgetKey: Scalars['String']['input'];
};

/** Result of startVisitorSession. */
export type StartVisitorSessionPayload = {
  __typename?: 'StartVisitorSessionPayload';
  /** True when externalId came with a valid identityHash and the session is that user’s; false for an anonymous session. */
  identityVerified: Scalars['Boolean']['output'];
  /** Visitor token; keep it (e.g. localStorage) to continue later. */
  token: Scalars['String']['output'];
  /** The visitor. */
  visitor: Visitor;
};

/** Live streams over WebSocket (graphql-transport-ws). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Staff (supervisors): every agent’s presence first, then each change. */
  agentPresence: PresenceEvent;
  /** Every event of a conversation in seq order. With afterSeq, first replays what came after it (resume after a reconnect), then streams live: no gap, no duplicate. See schema/PROTOCOL.md. */
  conversationEvents: ConversationEvent;
  /** Staff and BOT keys: live changes to conversations the caller may work on (new, assigned, transferred, updated, new messages; BOT keys never get internal notes). With `since` (e.g. the time of the last event before a reconnect), first sends every conversation changed since then (at most 500) as UPDATED. */
  inboxEvents: InboxEvent;
  /** AGENT-role agents: from now on, the id of each conversation assigned or transferred to someone else, which the caller can no longer see: drop it from the inbox if it is there (ids of conversations the caller never had come too; ignore them). inboxEvents says nothing more about such a conversation. Callers who see every conversation (admins, owners, API keys) get none. */
  inboxRemovals: Scalars['ID']['output'];
  /** The conversation’s queue position and estimated wait: now, then on every change (visitor widget). */
  queueStatus: QueueStatus;
  /** Every participant’s read position now, then each change. */
  readReceipts: ReadReceipt;
  /** Typing of the other participants of a conversation; visitors never see internal-note typing. */
  typingEvents: TypingEvent;
  /** Staff and BOT keys: every event of the workspace the caller may see (messages, conversation changes, ratings, identified visitors), in order. With `after` (the cursor of the last event handled), first replays everything since then (events are kept for workspaceEvents.retentionDays, 30 days by default; an older cursor gets CURSOR_EXPIRED), then streams live: nothing missed. BOT keys never get internal notes. */
  workspaceEvents: WorkspaceEvent;
};


/** Live streams over WebSocket (graphql-transport-ws). */
export type SubscriptionConversationEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  conversationId: Scalars['ID']['input'];
};


/** Live streams over WebSocket (graphql-transport-ws). */
export type SubscriptionInboxEventsArgs = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Live streams over WebSocket (graphql-transport-ws). */
export type SubscriptionQueueStatusArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Live streams over WebSocket (graphql-transport-ws). */
export type SubscriptionReadReceiptsArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Live streams over WebSocket (graphql-transport-ws). */
export type SubscriptionTypingEventsArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Live streams over WebSocket (graphql-transport-ws). */
export type SubscriptionWorkspaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A change event as a code and parameters, to show in the reader’s language. */
export type SystemEvent = {
  __typename?: 'SystemEvent';
  /** The agent who joined, for AGENT_JOINED. */
  agentName: Maybe<Scalars['String']['output']>;
  /** What happened. */
  code: SystemEventCode;
  /** The department, for TRANSFERRED_TO_DEPARTMENT. */
  departmentName: Maybe<Scalars['String']['output']>;
  /** The new status (OPEN, PENDING, RESOLVED, CLOSED), for STATUS_CHANGED. */
  status: Maybe<Scalars['String']['output']>;
};

/** What a change event says; clients render it in their own language. */
export type SystemEventCode =
  /** An agent joined (agentName). */
  | 'AGENT_JOINED'
  /** The priority changed (internal). */
  | 'PRIORITY_CHANGED'
  /** The status changed (status is the new one). */
  | 'STATUS_CHANGED'
  /** Transferred to a department (departmentName) and waiting for an agent there. */
  | 'TRANSFERRED_TO_DEPARTMENT'
  /** The conversation waits for an agent. */
  | 'WAITING_FOR_AGENT';

/** A label on conversations. */
export type Tag = {
  __typename?: 'Tag';
  /** Display colour, e.g. #ff8800. */
  color: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Unique name in the workspace. */
  name: Scalars['String']['output'];
};

/** Input of tagConversation. */
export type TagConversationInput = {
  /** Tag names to add; new names create the tag. */
  add?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Conversation to tag. */
  conversationId: Scalars['ID']['input'];
  /** Tag names to remove. */
  remove?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of trainBot: the new model, already in use on every server process. */
export type TrainBotPayload = {
  __typename?: 'TrainBotPayload';
  /** When it was trained. */
  createdAt: Scalars['DateTime']['output'];
  /** Training facts: examples, intents, trainMs. */
  metrics: Scalars['JSON']['output'];
  /** The stored model. */
  modelId: Scalars['ID']['output'];
};

/** Input of transferConversation: give agentId or departmentId. */
export type TransferConversationInput = {
  /** Agent to transfer to (must have room). */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** Conversation to transfer. */
  conversationId: Scalars['ID']['input'];
  /** Department to transfer to (its first free member, else its queue). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Internal note for the next agent; never shown to the visitor. At most limits.messageMaxBytes UTF-8 bytes (16 KB by default). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Result of transferConversation. */
export type TransferConversationPayload = {
  __typename?: 'TransferConversationPayload';
  /** The conversation after the transfer. */
  conversation: Conversation;
};

/** Someone started or stopped typing. Ephemeral and at most once: never stored or replayed. Subscribers on the sender’s server always get it; subscribers on other servers miss it while Redis is unreachable. */
export type TypingEvent = {
  __typename?: 'TypingEvent';
  /** The conversation. */
  conversationId: Scalars['ID']['output'];
  /** Typing an internal note (only staff receive these). */
  isInternal: Scalars['Boolean']['output'];
  /** true: typing; false: stopped. */
  isTyping: Scalars['Boolean']['output'];
  /** Who: "agent:<id>", "visitor:<id>" or "apiKey:<id>". */
  participant: Scalars['String']['output'];
  /** AGENT, VISITOR or BOT. */
  participantKind: Scalars['String']['output'];
};

/** Input of updateAgentBot: only the fields given change (null clears avatarUrl, departmentId or webhookUrl). */
export type UpdateAgentBotInput = {
  /** http(s) avatar image URL. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Answer only this department’s conversations; empty for the whole workspace. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The agent bot. */
  id: Scalars['ID']['input'];
  /** true re-enables a disabled bot; false disables it. */
  isEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** SUBSCRIPTION (default) or WEBHOOK. */
  mode?: InputMaybe<AgentBotMode>;
  /** Name shown to visitors, at most 80 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required for WEBHOOK: http(s) URL Kefu posts visitor messages to. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateAgentRouting. Omitted fields keep their value. */
export type UpdateAgentRoutingInput = {
  /** The agent. */
  agentId: Scalars['ID']['input'];
  /** Languages (replaces the list). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Most open conversations at once. */
  maxConcurrent?: InputMaybe<Scalars['Int']['input']>;
  /** Skills (replaces the list). */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of updateAgentRouting. */
export type UpdateAgentRoutingPayload = {
  __typename?: 'UpdateAgentRoutingPayload';
  /** The agent. */
  agent: Agent;
};

/** Input of updateBotSettings: a value sets a key, null returns it to the server default, an omitted key stays. */
export type UpdateBotSettingsInput = {
  /** Language of replies. */
  answerLanguage?: InputMaybe<BotAnswerLanguage>;
  /** Reply when nothing matches, in either language (null: the built-in text). */
  defaultReply?: InputMaybe<Scalars['String']['input']>;
  /** Reply when nothing matches, for English (null: defaultReply). */
  defaultReplyEn?: InputMaybe<Scalars['String']['input']>;
  /** Reply when nothing matches, for Chinese (null: defaultReply). */
  defaultReplyZh?: InputMaybe<Scalars['String']['input']>;
  /** Let the bot answer visitors first. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1–10. */
  fallbacksBeforeHandoff?: InputMaybe<Scalars['Int']['input']>;
  /** 0–1. */
  knowledgeAnswerMargin?: InputMaybe<Scalars['Float']['input']>;
  /** 0–1. */
  knowledgeAnswerThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** 0–1. */
  minIntentConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** 0–1. */
  minIntentMargin?: InputMaybe<Scalars['Float']['input']>;
  /** 0–1. */
  suggestionThreshold?: InputMaybe<Scalars['Float']['input']>;
};

/** Result of updateBotSettings; every server process uses the settings for the next message. */
export type UpdateBotSettingsPayload = {
  __typename?: 'UpdateBotSettingsPayload';
  /** The settings in effect now. */
  settings: BotSettings;
};

/** Input of updateConversation. Omitted fields keep their value. */
export type UpdateConversationInput = {
  /** Conversation to change. */
  conversationId: Scalars['ID']['input'];
  /** New priority. */
  priority?: InputMaybe<ConversationPriority>;
  /** New status. */
  status?: InputMaybe<ConversationStatus>;
  /** New subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateDepartment. Omitted fields keep their value. */
export type UpdateDepartmentInput = {
  /** The department. */
  departmentId: Scalars['ID']['input'];
  /** Replaces the members. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New strategy override. */
  strategy?: InputMaybe<RoutingStrategy>;
};

/** Input of updateRoutingSettings. Omitted fields keep their value; null clears a timer or reply. */
export type UpdateRoutingSettingsInput = {
  /** Reassign after this many seconds without the assignee’s reply. */
  autoReassignSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Longest queue wait, in seconds. */
  maxQueueWaitSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Reply after the max queue wait. */
  offlineReply?: InputMaybe<Scalars['String']['input']>;
  /** Route new conversations at once. */
  routeOnStart?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default strategy. */
  strategy?: InputMaybe<RoutingStrategy>;
};

/** Input of updateVisitor. Omitted fields keep their value. */
export type UpdateVisitorInput = {
  /** Visitor email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Visitor name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Current page URL. */
  pageUrl?: InputMaybe<Scalars['String']['input']>;
  /** Browser user agent. */
  userAgent?: InputMaybe<Scalars['String']['input']>;
  /** Visitor to update (staff); visitors omit it to update themselves. */
  visitorId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of updateVisitor. */
export type UpdateVisitorPayload = {
  __typename?: 'UpdateVisitorPayload';
  /** The updated visitor. */
  visitor: Visitor;
};

/** Input of updateWebhookEndpoint; omitted fields stay. */
export type UpdateWebhookEndpointInput = {
  /** true enables it again after an automatic disable (clears the notice); false pauses it. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** New event types. */
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Endpoint to change. */
  id: Scalars['ID']['input'];
  /** New URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Input of uploadAttachment. */
export type UploadAttachmentInput = {
  /** Conversation the file is for. */
  conversationId: Scalars['ID']['input'];
  /** The file, as a multipart part (attachments.maxBytes, attachments.allowedTypes). */
  file: Scalars['File']['input'];
};

/** Result of uploadAttachment. */
export type UploadAttachmentPayload = {
  __typename?: 'UploadAttachmentPayload';
  /** The stored file; send it with sendMessage(attachmentIds). */
  attachment: Attachment;
};

/** The caller, as identified by its token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The agent, when the caller is one. */
  agent: Maybe<Agent>;
  /** The agent bot, when the caller is its API key: a bot compares it with Conversation.activeAgentBot. */
  agentBot: Maybe<AgentBot>;
  /** Kind of caller. */
  kind: ViewerKind;
  /** The visitor, when the caller is one. */
  visitor: Maybe<Visitor>;
  /** The caller’s workspace. */
  workspaceId: Scalars['ID']['output'];
};

/** What kind of caller a token belongs to. */
export type ViewerKind =
  /** A signed-in agent. */
  | 'AGENT'
  /** A bot or integration using an API key. */
  | 'API_KEY'
  /** A website visitor with a widget session. */
  | 'VISITOR';

/** Someone chatting through the widget, anonymous or identified. */
export type Visitor = {
  __typename?: 'Visitor';
  /** First seen. */
  createdAt: Scalars['DateTime']['output'];
  /** Email from the pre-chat form or your site (staff and the visitor themselves). */
  email: Maybe<Scalars['String']['output']>;
  /** Your own user id, when the site identified the visitor. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Last session start. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** Preferred language, e.g. zh-CN. */
  locale: Maybe<Scalars['String']['output']>;
  /** Extra key/value data from your site (staff only). */
  metadata: Maybe<Scalars['JSON']['output']>;
  /** Name from the pre-chat form or your site. */
  name: Maybe<Scalars['String']['output']>;
  /** Page the visitor chats from (staff only). */
  pageUrl: Maybe<Scalars['String']['output']>;
  /** Browser user agent (staff only). */
  userAgent: Maybe<Scalars['String']['output']>;
};

/** One event sent (or to send) to one endpoint: the delivery log. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When it was enqueued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event id, sent as Kefu-Webhook-Id: the idempotency key, the same on retries and replays. */
  eventId: Scalars['String']['output'];
  /** e.g. message.created. */
  eventType: Scalars['String']['output'];
  /** Stable id; sent as Kefu-Webhook-Delivery. */
  id: Scalars['ID']['output'];
  /** What went wrong in the last attempt. */
  lastError: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt; null when it got no answer. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When a PENDING delivery is tried next. */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** The JSON body sent. */
  payload: Scalars['JSON']['output'];
  /** The delivery this one replays. */
  replayOf: Maybe<Scalars['ID']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; replay it once the receiver works. */
  | 'FAILED'
  /** Waiting for its first attempt or a retry (see nextAttemptAt). */
  | 'PENDING';

/** A URL Kefu POSTs signed workspace events to (README "Integrate a bot" → "Webhooks"). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Failed attempts in a row; a success resets it. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first: one row per event sent (or to send) to this endpoint. */
  deliveries: Array<WebhookDelivery>;
  /** When Kefu disabled it. */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Why Kefu disabled it (repeated failures) and what to do; null while enabled. */
  disabledReason: Maybe<Scalars['String']['output']>;
  /** Whether events are delivered. False after an automatic disable (see disabledReason) or an admin turned it off; deliveries wait meanwhile. */
  enabled: Scalars['Boolean']['output'];
  /** Event types it receives, e.g. message.created. */
  events: Array<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The feature that owns it (e.g. an agent bot); null for endpoints admins manage. */
  managedBy: Maybe<Scalars['String']['output']>;
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};


/** A URL Kefu POSTs signed workspace events to (README "Integrate a bot" → "Webhooks"). */
export type WebhookEndpointDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** An endpoint, by id. */
export type WebhookEndpointIdInput = {
  /** Endpoint id. */
  id: Scalars['ID']['input'];
};

/** Result of a webhook endpoint mutation. */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** The endpoint after the change. */
  endpoint: WebhookEndpoint;
  /** The signing secret, only from createWebhookEndpoint and rotateWebhookSecret: store it now, it is not shown again. */
  secret: Maybe<Scalars['String']['output']>;
};

/** A tenant: one company or site with its agents, visitors and conversations. */
export type Workspace = {
  __typename?: 'Workspace';
  /** Reassign when the assignee has not replied for this long; null: never. */
  autoReassignSeconds: Maybe<Scalars['Int']['output']>;
  /** Business hours; null means always open. */
  businessHours: Maybe<BusinessHours>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the bot answers when nothing else fits. */
  defaultReply: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Longest queue wait before the offline reply; null: no limit. */
  maxQueueWaitSeconds: Maybe<Scalars['Int']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Reply after the max queue wait, with a leave-a-message form. */
  offlineReply: Maybe<Scalars['String']['output']>;
  /** Route new conversations at once (false: only on requestAgent / bot handoff). */
  routeOnStart: Scalars['Boolean']['output'];
  /** Default assignment strategy. */
  routingStrategy: RoutingStrategy;
  /** Public key the chat widget sends to startVisitorSession. */
  widgetKey: Scalars['String']['output'];
};

/** One event of the workspace stream (the same shape webhook bodies carry; README "Integrate a bot"). */
export type WorkspaceEvent = {
  __typename?: 'WorkspaceEvent';
  /** The conversation it is about (as it is now). */
  conversation: Maybe<Conversation>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque: store it once the event is handled, and pass it as `after` to resume right after this event. */
  cursor: Scalars['String']['output'];
  /** Details without a row of their own: { score, comment } for conversation.rated. */
  data: Maybe<Scalars['JSON']['output']>;
  /** Unique per event; webhook deliveries of it carry it as Kefu-Webhook-Id, so receivers can dedupe. */
  id: Scalars['ID']['output'];
  /** The stored message, for message.created and the conversation events the log records. */
  message: Maybe<Message>;
  /** message.created, conversation.created, conversation.assigned, conversation.status_changed, conversation.priority_changed, conversation.rated or visitor.identified. */
  type: Scalars['String']['output'];
  /** The visitor it is about. */
  visitorId: Maybe<Scalars['ID']['output']>;
};

export type AgentBotViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentBotViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', workspaceId: string, agentBot: { __typename: 'AgentBot', id: string, name: string } | null } | null };

export type AgentBotInboxSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AgentBotInboxSubscription = { __typename?: 'Subscription', inboxEvents: { __typename: 'InboxEvent', reason: InboxEventReason, conversation: { __typename: 'Conversation', id: string, activeAgentBot: { __typename: 'AgentBot', id: string } | null }, message: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } | null } };

export type RequestAgentMutationVariables = Exact<{
  input: RequestAgentInput;
}>;


export type RequestAgentMutation = { __typename: 'Mutation', requestAgent: { __typename: 'RequestAgentPayload', conversation: { __typename: 'Conversation', id: string }, queueStatus: { __typename: 'QueueStatus', conversationId: string, state: QueueState, position: number | null, etaSeconds: number | null } } };

export type ConsoleReportQueryVariables = Exact<{
  input: ReportInput;
}>;


export type ConsoleReportQuery = { __typename: 'Query', report: { __typename: 'Report', from: string, to: string, interval: ReportInterval, totals: { __typename: 'ReportFigures', conversations: number, firstResponseCount: number, firstResponseAverageSeconds: number | null, resolvedCount: number, resolutionAverageSeconds: number | null, csatCount: number, csatAverage: number | null }, byStatus: Array<{ __typename: 'ReportStatusCount', status: ConversationStatus, count: number }>, byChannel: Array<{ __typename: 'ReportChannelCount', channel: ReportChannel, count: number }>, csatDistribution: Array<{ __typename: 'ReportScoreCount', score: number, count: number }>, agents: Array<{ __typename: 'ReportAgentFigures', agentId: string, name: string, figures: { __typename: 'ReportFigures', conversations: number, firstResponseCount: number, firstResponseAverageSeconds: number | null, resolvedCount: number, resolutionAverageSeconds: number | null, csatCount: number, csatAverage: number | null } }>, periods: Array<{ __typename: 'ReportPeriod', start: string, figures: { __typename: 'ReportFigures', conversations: number, firstResponseCount: number, firstResponseAverageSeconds: number | null, resolvedCount: number, resolutionAverageSeconds: number | null, csatCount: number, csatAverage: number | null } }> } };

export type ConsoleReportFiguresFragment = { __typename: 'ReportFigures', conversations: number, firstResponseCount: number, firstResponseAverageSeconds: number | null, resolvedCount: number, resolutionAverageSeconds: number | null, csatCount: number, csatAverage: number | null };

export type ConsoleVisitorHistoryQueryVariables = Exact<{
  filter?: InputMaybe<ConversationFilter>;
}>;


export type ConsoleVisitorHistoryQuery = { __typename: 'Query', conversations: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string, status: ConversationStatus, subject: string | null, createdAt: string, lastMessageAt: string, csat: { __typename: 'CsatRating', score: number, comment: string | null } | null } }> } };

export type ConsoleWorkspaceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWorkspaceSettingsQuery = { __typename: 'Query', workspace: { __typename: 'Workspace', id: string, name: string, widgetKey: string, routingStrategy: RoutingStrategy, routeOnStart: boolean, maxQueueWaitSeconds: number | null, autoReassignSeconds: number | null, offlineReply: string | null, businessHours: { __typename: 'BusinessHours', timezone: string, outOfHoursReply: string, intervals: Array<{ __typename: 'BusinessHoursInterval', day: number, open: string, close: string }> } | null }, botSettings: { __typename: 'BotSettings', enabled: boolean, defaultReply: string | null, defaultReplyZh: string | null, defaultReplyEn: string | null, answerLanguage: BotAnswerLanguage, fallbacksBeforeHandoff: number, knowledgeAnswerThreshold: number, suggestionThreshold: number } };

export type ConsoleUpdateRoutingSettingsMutationVariables = Exact<{
  input: UpdateRoutingSettingsInput;
}>;


export type ConsoleUpdateRoutingSettingsMutation = { __typename: 'Mutation', updateRoutingSettings: { __typename: 'RoutingSettingsPayload', workspace: { __typename: 'Workspace', id: string } } };

export type ConsoleSetBusinessHoursMutationVariables = Exact<{
  input: SetBusinessHoursInput;
}>;


export type ConsoleSetBusinessHoursMutation = { __typename: 'Mutation', setBusinessHours: { __typename: 'RoutingSettingsPayload', workspace: { __typename: 'Workspace', id: string } } };

export type ConsoleUpdateBotSettingsMutationVariables = Exact<{
  input: UpdateBotSettingsInput;
}>;


export type ConsoleUpdateBotSettingsMutation = { __typename: 'Mutation', updateBotSettings: { __typename: 'UpdateBotSettingsPayload', settings: { __typename: 'BotSettings', enabled: boolean } } };

export type ConsoleKnowledgeQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleKnowledgeQuery = { __typename: 'Query', knowledgeEntries: { __typename: 'QueryKnowledgeEntriesConnection', edges: Array<{ __typename: 'QueryKnowledgeEntriesConnectionEdge', node: { __typename: 'KnowledgeEntry', id: string, question: string, answer: string, language: string, alternates: Array<string>, updatedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleSaveKnowledgeMutationVariables = Exact<{
  input: SaveKnowledgeEntryInput;
}>;


export type ConsoleSaveKnowledgeMutation = { __typename: 'Mutation', saveKnowledgeEntry: { __typename: 'SaveKnowledgeEntryPayload', entry: { __typename: 'KnowledgeEntry', id: string } } };

export type ConsoleImportKnowledgeMutationVariables = Exact<{
  input: ImportKnowledgeEntriesInput;
}>;


export type ConsoleImportKnowledgeMutation = { __typename: 'Mutation', importKnowledgeEntries: { __typename: 'ImportKnowledgeEntriesPayload', created: number, updated: number, deleted: number } };

export type ConsoleDeleteKnowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleDeleteKnowledgeMutation = { __typename: 'Mutation', deleteKnowledgeEntry: { __typename: 'DeleteKnowledgeEntryPayload', deletedId: string } };

export type ConsoleTestQuestionQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type ConsoleTestQuestionQuery = { __typename: 'Query', botPreview: { __typename: 'BotPreview', body: string, language: string, result: { __typename: 'BotDefaultReply' } | { __typename: 'BotHandoff' } | { __typename: 'BotIntentAnswer' } | { __typename: 'BotKnowledgeAnswer' } | { __typename: 'BotSmallTalk' } | { __typename: 'BotSuggestions' } }, botSettings: { __typename: 'BotSettings', enabled: boolean } };

export type ConsoleTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTeamQuery = { __typename: 'Query', agents: { __typename: 'QueryAgentsConnection', edges: Array<{ __typename: 'QueryAgentsConnectionEdge', node: { __typename: 'Agent', id: string, name: string, email: string, role: AgentRole, deactivatedAt: string | null, presence: AgentStatus } }> }, departments: Array<{ __typename: 'Department', id: string, name: string, strategy: RoutingStrategy | null, members: Array<{ __typename: 'Agent', id: string, name: string }> }>, cannedReplies: Array<{ __typename: 'CannedReply', id: string, shortcut: string, body: string }> };

export type ConsoleApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleApiKeysQuery = { __typename: 'Query', apiKeys: { __typename: 'QueryApiKeysConnection', edges: Array<{ __typename: 'QueryApiKeysConnectionEdge', node: { __typename: 'ApiKey', id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, revokedAt: string | null } }> } };

export type ConsoleCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type ConsoleCreateAgentMutation = { __typename: 'Mutation', createAgent: { __typename: 'CreateAgentPayload', agent: { __typename: 'Agent', id: string } } };

export type ConsoleDeactivateAgentMutationVariables = Exact<{
  input: DeactivateAgentInput;
}>;


export type ConsoleDeactivateAgentMutation = { __typename: 'Mutation', deactivateAgent: { __typename: 'AgentPayload', agent: { __typename: 'Agent', id: string, deactivatedAt: string | null } } };

export type ConsoleReactivateAgentMutationVariables = Exact<{
  input: ReactivateAgentInput;
}>;


export type ConsoleReactivateAgentMutation = { __typename: 'Mutation', reactivateAgent: { __typename: 'AgentPayload', agent: { __typename: 'Agent', id: string, deactivatedAt: string | null } } };

export type ConsoleIssuePasswordResetMutationVariables = Exact<{
  input: IssuePasswordResetInput;
}>;


export type ConsoleIssuePasswordResetMutation = { __typename: 'Mutation', issuePasswordReset: { __typename: 'IssuePasswordResetPayload', token: string, expiresAt: string } };

export type ConsoleCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type ConsoleCreateDepartmentMutation = { __typename: 'Mutation', createDepartment: { __typename: 'DepartmentPayload', department: { __typename: 'Department', id: string } } };

export type ConsoleCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConsoleCreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'CreateApiKeyPayload', token: string, apiKey: { __typename: 'ApiKey', id: string } } };

export type ConsoleRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type ConsoleRevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'RevokeApiKeyPayload', apiKey: { __typename: 'ApiKey', id: string } } };

export type ConsoleSaveCannedReplyMutationVariables = Exact<{
  input: SaveCannedReplyInput;
}>;


export type ConsoleSaveCannedReplyMutation = { __typename: 'Mutation', saveCannedReply: { __typename: 'SaveCannedReplyPayload', cannedReply: { __typename: 'CannedReply', id: string } } };

export type ConsoleDeleteCannedReplyMutationVariables = Exact<{
  input: DeleteCannedReplyInput;
}>;


export type ConsoleDeleteCannedReplyMutation = { __typename: 'Mutation', deleteCannedReply: { __typename: 'DeleteCannedReplyPayload', deletedId: string } };

export type ConsoleConversationFragment = { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', kind: ViewerKind, workspaceId: string, agent: { __typename: 'Agent', id: string, name: string, email: string, role: AgentRole, status: AgentStatus, presence: AgentStatus } | null } | null };

export type ConsoleInboxQueryVariables = Exact<{
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleInboxQuery = { __typename: 'Query', conversations: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleConversationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleConversationDetailQuery = { __typename: 'Query', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, csat: { __typename: 'CsatRating', score: number, comment: string | null } | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } | null };

export type ConsoleMessagesPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleMessagesPageQuery = { __typename: 'Query', conversation: { __typename: 'Conversation', id: string, messages: { __typename: 'ConversationMessagesConnection', edges: Array<{ __typename: 'ConversationMessagesConnectionEdge', node: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } }>, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null } } } | null };

export type ConsoleInboxEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxEventsSubscription = { __typename?: 'Subscription', inboxEvents: { __typename: 'InboxEvent', reason: InboxEventReason, conversation: { __typename: 'Conversation', id: string }, message: { __typename: 'Message', id: string, seq: number, body: string, authorType: AuthorType, internal: boolean, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null } | null } };

export type ConsoleInboxRemovalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxRemovalsSubscription = { __typename?: 'Subscription', inboxRemovals: string };

export type ConsoleSetStatusMutationVariables = Exact<{
  input: SetAgentStatusInput;
}>;


export type ConsoleSetStatusMutation = { __typename: 'Mutation', setAgentStatus: { __typename: 'Agent', id: string, status: AgentStatus, presence: AgentStatus } };

export type ConsoleAssignMutationVariables = Exact<{
  input: AssignConversationInput;
}>;


export type ConsoleAssignMutation = { __typename: 'Mutation', assignConversation: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } } };

export type ConsoleUpdateConversationMutationVariables = Exact<{
  input: UpdateConversationInput;
}>;


export type ConsoleUpdateConversationMutation = { __typename: 'Mutation', updateConversation: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } } };

export type ConsoleTagMutationVariables = Exact<{
  input: TagConversationInput;
}>;


export type ConsoleTagMutation = { __typename: 'Mutation', tagConversation: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } } };

export type ConsoleTransferMutationVariables = Exact<{
  input: TransferConversationInput;
}>;


export type ConsoleTransferMutation = { __typename: 'Mutation', transferConversation: { __typename: 'TransferConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, queueState: QueueState, number: number | null, snoozedUntil: string | null, leftMessageAt: string | null, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null, pageUrl: string | null, userAgent: string | null, metadata: unknown | null, lastSeenAt: string }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } } };

export type ConsoleAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAgentsQuery = { __typename: 'Query', agents: { __typename: 'QueryAgentsConnection', edges: Array<{ __typename: 'QueryAgentsConnectionEdge', node: { __typename: 'Agent', id: string, name: string, presence: AgentStatus, openConversationCount: number, maxConcurrent: number, deactivatedAt: string | null } }> } };

export type ConsoleCannedRepliesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleCannedRepliesQuery = { __typename: 'Query', cannedReplies: Array<{ __typename: 'CannedReply', id: string, shortcut: string, body: string }> };

export type ConsoleBotPreviewQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type ConsoleBotPreviewQuery = { __typename: 'Query', botPreview: { __typename: 'BotPreview', body: string, result: { __typename: 'BotDefaultReply' } | { __typename: 'BotHandoff' } | { __typename: 'BotIntentAnswer' } | { __typename: 'BotKnowledgeAnswer' } | { __typename: 'BotSmallTalk' } | { __typename: 'BotSuggestions' } } };

export type ConsoleResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ConsoleResetPasswordMutation = { __typename: 'Mutation', resetPassword: { __typename: 'AgentPayload', agent: { __typename: 'Agent', id: string } } };

export type ConsoleSearchMessagesQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type ConsoleSearchMessagesQuery = { __typename: 'Query', searchMessages: Array<{ __typename: 'Message', id: string, conversationId: string, seq: number, body: string, internal: boolean, authorType: AuthorType, createdAt: string, author: { __typename: 'Agent', name: string } | { __typename: 'AgentBot', name: string } | { __typename: 'BuiltInBot' } | { __typename: 'Integration' } | { __typename: 'Visitor', email: string | null, visitorName: string | null } | null }> };

export type MessageFieldsFragment = { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null };

export type RichMessageFieldsFragment = { __typename: 'Message', rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null };

export type AttachmentFieldsFragment = { __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null };

export type UploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadAttachmentMutation = { __typename: 'Mutation', uploadAttachment: { __typename: 'UploadAttachmentPayload', attachment: { __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null } } };

export type VisitorConversationFieldsFragment = { __typename: 'Conversation', id: string, status: ConversationStatus, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null };

export type ConversationFieldsFragment = { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'SignInPayload', token: string, agent: { __typename: 'Agent', id: string, name: string, email: string, role: AgentRole } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', isSignedOut: boolean } };

export type StartVisitorSessionMutationVariables = Exact<{
  input: StartVisitorSessionInput;
}>;


export type StartVisitorSessionMutation = { __typename: 'Mutation', startVisitorSession: { __typename: 'StartVisitorSessionPayload', token: string, identityVerified: boolean, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null } } };

export type StartConversationMutationVariables = Exact<{
  input: StartConversationInput;
}>;


export type StartConversationMutation = { __typename: 'Mutation', startConversation: { __typename: 'StartConversationPayload', isNew: boolean, conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null }, message: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } | null } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { __typename: 'Mutation', sendMessage: { __typename: 'SendMessagePayload', isDuplicate: boolean, message: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', kind: ViewerKind, workspaceId: string, agent: { __typename: 'Agent', id: string, name: string, email: string, role: AgentRole } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null } | null } | null };

export type ConversationHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationHistoryQuery = { __typename: 'Query', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, messages: { __typename: 'ConversationMessagesConnection', edges: Array<{ __typename: 'ConversationMessagesConnectionEdge', node: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } }>, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null } }, assignee: { __typename: 'Agent', id: string, name: string } | null } | null };

export type ConversationsQueryVariables = Exact<{
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationsQuery = { __typename: 'Query', conversations: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SearchMessagesQueryVariables = Exact<{
  query: Scalars['String']['input'];
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchMessagesQuery = { __typename: 'Query', searchMessages: Array<{ __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null }> };

export type UpdateConversationMutationVariables = Exact<{
  input: UpdateConversationInput;
}>;


export type UpdateConversationMutation = { __typename: 'Mutation', updateConversation: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } } };

export type AssignConversationMutationVariables = Exact<{
  input: AssignConversationInput;
}>;


export type AssignConversationMutation = { __typename: 'Mutation', assignConversation: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> } } };

export type ConversationEventsSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConversationEventsSubscription = { __typename?: 'Subscription', conversationEvents: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } | { __typename: 'ResyncRequired', conversationId: string, afterSeq: number, latestSeq: number } };

export type InboxEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxEventsSubscription = { __typename?: 'Subscription', inboxEvents: { __typename: 'InboxEvent', reason: InboxEventReason, conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, priority: ConversationPriority, subject: string | null, lastSeq: number, lastMessageAt: string, createdAt: string, assignee: { __typename: 'Agent', id: string, name: string } | null, visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null }, tags: Array<{ __typename: 'Tag', id: string, name: string, color: string | null }> }, message: { __typename: 'Message', id: string, conversationId: string, seq: number, kind: MessageKind, body: string, internal: boolean, authorType: AuthorType, authorAgentId: string | null, authorVisitorId: string | null, clientMessageId: string | null, data: unknown | null, createdAt: string, agentBot: { __typename: 'AgentBot', id: string, name: string, avatarUrl: string | null } | null, attachments: Array<{ __typename: 'Attachment', id: string, fileName: string, mimeType: string, sizeBytes: number, width: number | null, height: number | null, isImage: boolean, url: string, thumbnailUrl: string | null }>, systemEvent: { __typename: 'SystemEvent', code: SystemEventCode, agentName: string | null, departmentName: string | null, status: string | null } | null, rich: { __typename: 'RichCards', cards: Array<{ __typename: 'RichCard', title: string, text: string | null, imageUrl: string | null, buttons: Array<{ __typename: 'RichCardButton', label: string, url: string | null, postback: string | null }> }> } | { __typename: 'RichForm', title: string | null, submitLabel: string | null, fields: Array<{ __typename: 'RichFormField', name: string, label: string, type: RichFormFieldType, isRequired: boolean, options: Array<string> }> } | { __typename: 'RichQuickReplies', replies: Array<{ __typename: 'RichQuickReply', label: string, postback: string }> } | null, postback: { __typename: 'Postback', value: string, messageId: string | null } | null, formSubmission: { __typename: 'RichFormSubmission', messageId: string, values: Array<{ __typename: 'RichFormValue', name: string, value: string }> } | null } | null } };

export type ConversationLastSeqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationLastSeqQuery = { __typename: 'Query', conversation: { __typename: 'Conversation', id: string, lastSeq: number } | null };

export type ChatSetTypingMutationVariables = Exact<{
  input: SetTypingInput;
}>;


export type ChatSetTypingMutation = { __typename: 'Mutation', setTyping: { __typename: 'TypingEvent', conversationId: string } };

export type ChatTypingEventsSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type ChatTypingEventsSubscription = { __typename?: 'Subscription', typingEvents: { __typename: 'TypingEvent', conversationId: string, participant: string, participantKind: string, isTyping: boolean, isInternal: boolean } };

export type ChatMarkReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type ChatMarkReadMutation = { __typename: 'Mutation', markConversationRead: { __typename: 'ReadReceipt', conversationId: string, lastReadSeq: number } };

export type ChatReadReceiptsSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type ChatReadReceiptsSubscription = { __typename?: 'Subscription', readReceipts: { __typename: 'ReadReceipt', conversationId: string, participant: string, lastReadSeq: number } };

export type WidgetUpdateVisitorMutationVariables = Exact<{
  input: UpdateVisitorInput;
}>;


export type WidgetUpdateVisitorMutation = { __typename: 'Mutation', updateVisitor: { __typename: 'UpdateVisitorPayload', visitor: { __typename: 'Visitor', id: string, name: string | null, email: string | null, locale: string | null } } };

export type WidgetConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WidgetConversationQuery = { __typename: 'Query', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, lastSeq: number, queueStatus: { __typename: 'QueueStatus', conversationId: string, state: QueueState, position: number | null, etaSeconds: number | null, isAgentOnline: boolean }, csat: { __typename: 'CsatRating', score: number } | null, assignee: { __typename: 'Agent', id: string, name: string } | null } | null };

export type WidgetOpenConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetOpenConversationsQuery = { __typename: 'Query', conversations: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string, status: ConversationStatus, lastSeq: number } }> } };

export type WidgetRequestAgentMutationVariables = Exact<{
  input: RequestAgentInput;
}>;


export type WidgetRequestAgentMutation = { __typename: 'Mutation', requestAgent: { __typename: 'RequestAgentPayload', queueStatus: { __typename: 'QueueStatus', conversationId: string, state: QueueState, position: number | null, etaSeconds: number | null, isAgentOnline: boolean } } };

export type WidgetQueueStatusSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type WidgetQueueStatusSubscription = { __typename?: 'Subscription', queueStatus: { __typename: 'QueueStatus', conversationId: string, state: QueueState, position: number | null, etaSeconds: number | null, isAgentOnline: boolean } };

export type WidgetRateConversationMutationVariables = Exact<{
  input: RateConversationInput;
}>;


export type WidgetRateConversationMutation = { __typename: 'Mutation', rateConversation: { __typename: 'RateConversationPayload', rating: { __typename: 'CsatRating', score: number, comment: string | null } } };

export type WidgetLeaveMessageMutationVariables = Exact<{
  input: LeaveMessageInput;
}>;


export type WidgetLeaveMessageMutation = { __typename: 'Mutation', leaveMessage: { __typename: 'LeaveMessagePayload', isDuplicate: boolean, message: { __typename: 'Message', id: string, seq: number } } };

export const ConsoleReportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAverageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionAverageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatCount"}},{"kind":"Field","name":{"kind":"Name","value":"csatAverage"}}]}}]} as unknown as DocumentNode<ConsoleReportFiguresFragment, unknown>;
export const ConsoleConversationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleConversationFragment, unknown>;
export const RichMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RichMessageFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const VisitorConversationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitorConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VisitorConversationFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConversationFieldsFragment, unknown>;
export const AgentBotViewerDocument = {"__meta__":{"hash":"7169ba76cdea07c55f66fbed0ac06d117a9278376a57a2e173e043e8d6043361"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentBotViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgentBotViewerQuery, AgentBotViewerQueryVariables>;
export const AgentBotInboxDocument = {"__meta__":{"hash":"6f0f8cde1ade2cce388833c79d5daec2997e8961b0f02048e11ede0facf1045c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AgentBotInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAgentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AgentBotInboxSubscription, AgentBotInboxSubscriptionVariables>;
export const RequestAgentDocument = {"__meta__":{"hash":"e99b408e9eadae8d09f69fba468db061f10d3b159eff6de129197a48639f7cc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAgentMutation, RequestAgentMutationVariables>;
export const ConsoleReportDocument = {"__meta__":{"hash":"f6c6c5737c499d1d8ff379ec586713a0b8dc5e5072946051a97299df162c6262"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleReportFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csatDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleReportFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleReportFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleReportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAverageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionAverageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"csatCount"}},{"kind":"Field","name":{"kind":"Name","value":"csatAverage"}}]}}]} as unknown as DocumentNode<ConsoleReportQuery, ConsoleReportQueryVariables>;
export const ConsoleVisitorHistoryDocument = {"__meta__":{"hash":"0490c9200fd8322fab34c879c6d0c5fe37641a874b9b359f31e03c277397064b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVisitorHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVisitorHistoryQuery, ConsoleVisitorHistoryQueryVariables>;
export const ConsoleWorkspaceSettingsDocument = {"__meta__":{"hash":"18afb5cac6988668f8bae5c87d7efb491fb432646242c47b85096514811fc651"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWorkspaceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"widgetKey"}},{"kind":"Field","name":{"kind":"Name","value":"routingStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"routeOnStart"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"autoReassignSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"offlineReply"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"outOfHoursReply"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"botSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReply"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReplyZh"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReplyEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fallbacksBeforeHandoff"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeAnswerThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionThreshold"}}]}}]}}]} as unknown as DocumentNode<ConsoleWorkspaceSettingsQuery, ConsoleWorkspaceSettingsQueryVariables>;
export const ConsoleUpdateRoutingSettingsDocument = {"__meta__":{"hash":"5a6bd128e3aaf012053a4b59c912b10672be8e1492917ca54be75f9dd5fa937c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateRoutingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateRoutingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateRoutingSettingsMutation, ConsoleUpdateRoutingSettingsMutationVariables>;
export const ConsoleSetBusinessHoursDocument = {"__meta__":{"hash":"c82f6b6e62ed38d931e5ea042ea1778c37c9cca39f26b1a19c4a26aadd67d5ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetBusinessHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetBusinessHoursMutation, ConsoleSetBusinessHoursMutationVariables>;
export const ConsoleUpdateBotSettingsDocument = {"__meta__":{"hash":"fd2b7589330582dfb8c1454d53d8b66ebdff5439e9efc94c2f12b6946cb08af6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateBotSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBotSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateBotSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateBotSettingsMutation, ConsoleUpdateBotSettingsMutationVariables>;
export const ConsoleKnowledgeDocument = {"__meta__":{"hash":"b4385f8997005b38b78efa251fcc391e548836ad87d450a17c0df8988f5bbead"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleKnowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"alternates"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleKnowledgeQuery, ConsoleKnowledgeQueryVariables>;
export const ConsoleSaveKnowledgeDocument = {"__meta__":{"hash":"ba6355f53ab649a3495a69a0c1ba3d7fa287a2dc7fc8351e54f8032997383430"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveKnowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveKnowledgeEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveKnowledgeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSaveKnowledgeMutation, ConsoleSaveKnowledgeMutationVariables>;
export const ConsoleImportKnowledgeDocument = {"__meta__":{"hash":"69296e137ce34bc4d152fdac7b4346abc0940f4e3582ee0d49cb6bad5bbd29c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportKnowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKnowledgeEntriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importKnowledgeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<ConsoleImportKnowledgeMutation, ConsoleImportKnowledgeMutationVariables>;
export const ConsoleDeleteKnowledgeDocument = {"__meta__":{"hash":"82d8775bca5528eea9ed113ce4712b02c76e031e746920561c4c92794c78ebc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteKnowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteKnowledgeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteKnowledgeMutation, ConsoleDeleteKnowledgeMutationVariables>;
export const ConsoleTestQuestionDocument = {"__meta__":{"hash":"d814ced6d253ba488fe147572b96acd7b3936ae1b395f936779d8a1770ecadac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTestQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"botSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<ConsoleTestQuestionQuery, ConsoleTestQuestionQueryVariables>;
export const ConsoleTeamDocument = {"__meta__":{"hash":"b573e6c253be2e2e8af0bc10ea6d847b74c99ad2b55e2e1a77223644b0d2093f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<ConsoleTeamQuery, ConsoleTeamQueryVariables>;
export const ConsoleApiKeysDocument = {"__meta__":{"hash":"28d5110062e8ebf1cb60dd4a8bd1d4b1e7820df876a86aac5fe485470653b370"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleApiKeysQuery, ConsoleApiKeysQueryVariables>;
export const ConsoleCreateAgentDocument = {"__meta__":{"hash":"3dce64a057ca8db798c67bd7b941cddb68a7ab6cf6a904c42055db3c619bb7cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateAgentMutation, ConsoleCreateAgentMutationVariables>;
export const ConsoleDeactivateAgentDocument = {"__meta__":{"hash":"abe9c3951e9aa194da26d00b0c8816b425c5d431ad97d1c604db39f3881ff0ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeactivateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deactivateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeactivateAgentMutation, ConsoleDeactivateAgentMutationVariables>;
export const ConsoleReactivateAgentDocument = {"__meta__":{"hash":"111361e4af05cafd2ebea4a9a7679bb21236e70f9041ffe5e951e8a84b325122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReactivateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reactivateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReactivateAgentMutation, ConsoleReactivateAgentMutationVariables>;
export const ConsoleIssuePasswordResetDocument = {"__meta__":{"hash":"cd8312788c4dd577b9f6acb2bfb785d31f81fecf1ecf4ee0152ebc5a603edac9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssuePasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssuePasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"issuePasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleIssuePasswordResetMutation, ConsoleIssuePasswordResetMutationVariables>;
export const ConsoleCreateDepartmentDocument = {"__meta__":{"hash":"0f4e56d41999770816b9d53958f19a86596bd1c4c34f493963f9a2021ae742f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateDepartmentMutation, ConsoleCreateDepartmentMutationVariables>;
export const ConsoleCreateApiKeyDocument = {"__meta__":{"hash":"2cdf3dfa5e7be6f5955122d9b1ea79c82f0b5605cd780fb875b8efc3caa37b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateApiKeyMutation, ConsoleCreateApiKeyMutationVariables>;
export const ConsoleRevokeApiKeyDocument = {"__meta__":{"hash":"002aaa629776858db46b7594f81c5f6bd3eeb95d298e38ab5a83c04f474c73b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRevokeApiKeyMutation, ConsoleRevokeApiKeyMutationVariables>;
export const ConsoleSaveCannedReplyDocument = {"__meta__":{"hash":"b6aa00c389648bda4f243f8d794df958a42e15ddfbef2d9020d1405643dd5ab3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveCannedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSaveCannedReplyMutation, ConsoleSaveCannedReplyMutationVariables>;
export const ConsoleDeleteCannedReplyDocument = {"__meta__":{"hash":"0aa54a594e22811af5bd60c5dd0d6d543cd5014109c8257dc1baae8c42435c11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteCannedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteCannedReplyMutation, ConsoleDeleteCannedReplyMutationVariables>;
export const ConsoleViewerDocument = {"__meta__":{"hash":"32313a68107bd9230672afa1bdfbb604fc9f7ee9428581b4ae7e12fb1516d765"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleInboxDocument = {"__meta__":{"hash":"92bc5287427ab7337b363666819dffe986a8bee67d272b2b2489804acb269cba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxQuery, ConsoleInboxQueryVariables>;
export const ConsoleConversationDetailDocument = {"__meta__":{"hash":"2485206b268ce8d453a65f84a25fd47a1cf696651e17b218d29b196283c61d25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConversationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleConversationDetailQuery, ConsoleConversationDetailQueryVariables>;
export const ConsoleMessagesPageDocument = {"__meta__":{"hash":"3ec93b55bd150cee14daf77cd6d4b0eefc77d3d158e0b1abe1cbff9799f6650b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMessagesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleMessagesPageQuery, ConsoleMessagesPageQueryVariables>;
export const ConsoleInboxEventsDocument = {"__meta__":{"hash":"40f3d4a29ac8993894080182e8bd861d1eae1c82aa31a5402acf611ecf27c2b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleInboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleInboxEventsSubscription, ConsoleInboxEventsSubscriptionVariables>;
export const ConsoleInboxRemovalsDocument = {"__meta__":{"hash":"29c481e514c09039fc95172ea92ed368cc155946b83b9e4e551c581cace86200"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleInboxRemovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxRemovals"}}]}}]} as unknown as DocumentNode<ConsoleInboxRemovalsSubscription, ConsoleInboxRemovalsSubscriptionVariables>;
export const ConsoleSetStatusDocument = {"__meta__":{"hash":"61c52cba023a1297e4fa414d13a38acf6ced7d800a35d9994670dbc079ba6d4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAgentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setAgentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetStatusMutation, ConsoleSetStatusMutationVariables>;
export const ConsoleAssignDocument = {"__meta__":{"hash":"0a372c28070bef56114820c76264ad522ad90a73b8495425ca2f8dbb3cc34fa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignMutation, ConsoleAssignMutationVariables>;
export const ConsoleUpdateConversationDocument = {"__meta__":{"hash":"9a40587467ba15be566199947b55108ce56292a09aceec64b772ee14e6899092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateConversationMutation, ConsoleUpdateConversationMutationVariables>;
export const ConsoleTagDocument = {"__meta__":{"hash":"6817e28f555efda25caf4826da92eb86a9e9514393a29c6f984a179f9da0ea70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tagConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleTagMutation, ConsoleTagMutationVariables>;
export const ConsoleTransferDocument = {"__meta__":{"hash":"f489bf39ca358d04968763d6becd91019fc4383f98c25540593cc068c21f6da3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transferConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleConversation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queueState"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"leftMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferMutation, ConsoleTransferMutationVariables>;
export const ConsoleAgentsDocument = {"__meta__":{"hash":"461f1542bd1b0c6de61914cdeff54cac90d4a475908de1964d0bdebfdaa99cfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}},{"kind":"Field","name":{"kind":"Name","value":"openConversationCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxConcurrent"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAgentsQuery, ConsoleAgentsQueryVariables>;
export const ConsoleCannedRepliesDocument = {"__meta__":{"hash":"d9b2f0f019989a29ac96e99ccfa5a2e95ea20d014d69388092b49e7b20d9a76f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCannedReplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<ConsoleCannedRepliesQuery, ConsoleCannedRepliesQueryVariables>;
export const ConsoleBotPreviewDocument = {"__meta__":{"hash":"419622e5d43a9ef056822956426192b4c168a280923afcfa07d153a3f4b53317"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBotPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBotPreviewQuery, ConsoleBotPreviewQueryVariables>;
export const ConsoleResetPasswordDocument = {"__meta__":{"hash":"a68929304b214f7ae4558980bf655af474cf98051e928fc27a27b503056d7043"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleResetPasswordMutation, ConsoleResetPasswordMutationVariables>;
export const ConsoleSearchMessagesDocument = {"__meta__":{"hash":"fcbc9a90528850a05fcbfd8172514dcc9bc97ed840cde6b7153d5b91b01d0191"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSearchMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"visitorName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentBot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSearchMessagesQuery, ConsoleSearchMessagesQueryVariables>;
export const UploadAttachmentDocument = {"__meta__":{"hash":"e3adb0a151205c94843638e2979114e6634d02e37d7b7018a08217f62695e3f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]} as unknown as DocumentNode<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"e1f8e6896b5787d7791dbfbfe504ef4a543323b77f919278c17f0d7b17fb5132"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"ca0b75862fc1b4248dcb1bbc1cd3bf7ff1cd4c4d57971c7a4808c8e8a5da3c30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isSignedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const StartVisitorSessionDocument = {"__meta__":{"hash":"8eae9f8010e68fe2612fd879b304395d6ab65c0397197157863f3886898c6abb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartVisitorSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartVisitorSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startVisitorSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<StartVisitorSessionMutation, StartVisitorSessionMutationVariables>;
export const StartConversationDocument = {"__meta__":{"hash":"14d254a8b8f4aff6648f15caac601be2ac209d76697a360da17c154f1c410a80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitorConversationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitorConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartConversationMutation, StartConversationMutationVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"251dec139f81a91f91fdb49f6bf08187629f0ce53395780cbd796f686c9c7d7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"6c75c0a7c2f44e9de8a0ce528deba26c1621ff19f4bafbf898100906e76a523d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ConversationHistoryDocument = {"__meta__":{"hash":"f5f9afcda992066ac50c0d1f5f156d01314421f78c75e533632b303dcd66a20f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitorConversationFields"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitorConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConversationHistoryQuery, ConversationHistoryQueryVariables>;
export const ConversationsDocument = {"__meta__":{"hash":"a41aded12bf36b5a6dd846083d3a9e4d5c48c51f24c5e4758b637d1e06f6d7ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const SearchMessagesDocument = {"__meta__":{"hash":"48291f0dfb85d357067c86f093c842fb622150ece1014d1019b67746d94b6d08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SearchMessagesQuery, SearchMessagesQueryVariables>;
export const UpdateConversationDocument = {"__meta__":{"hash":"27c4be2ed1c04a07aad802481493318962374a9911b44da10b58ac4345f34959"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UpdateConversationMutation, UpdateConversationMutationVariables>;
export const AssignConversationDocument = {"__meta__":{"hash":"a37905284d379395b4a222fef99ea45dbcbc984ed357d0a4d460370b3a901fae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<AssignConversationMutation, AssignConversationMutationVariables>;
export const ConversationEventsDocument = {"__meta__":{"hash":"9daaf4df2244137ba7d063295ca5131e6e2ec0edb209e72d8156a0487257798c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResyncRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"afterSeq"}},{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConversationEventsSubscription, ConversationEventsSubscriptionVariables>;
export const InboxEventsDocument = {"__meta__":{"hash":"656e6e79c18aa9270a6ef9e203582086a3d492fc9991ba95dc9fffd08de1ab22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RichMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rich"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichQuickReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichCards"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"postback"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorType"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorVisitorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentBot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RichMessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;
export const ConversationLastSeqDocument = {"__meta__":{"hash":"c30705f003ebf9d2e20339a70dc17325fb5d6bf418853a28cfebf925efaf2dc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationLastSeq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}}]}}]}}]} as unknown as DocumentNode<ConversationLastSeqQuery, ConversationLastSeqQueryVariables>;
export const ChatSetTypingDocument = {"__meta__":{"hash":"e0f85b30cb2edf321a2dc455d2f40c6910da9dbfc800d7fd400271ea406d4c83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatSetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTypingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<ChatSetTypingMutation, ChatSetTypingMutationVariables>;
export const ChatTypingEventsDocument = {"__meta__":{"hash":"8b265fc7200911b3581a9665f42f1ee94882fa14e54bfdf6cb43861a3b5dca95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatTypingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"participantKind"}},{"kind":"Field","name":{"kind":"Name","value":"isTyping"}},{"kind":"Field","name":{"kind":"Name","value":"isInternal"}}]}}]}}]} as unknown as DocumentNode<ChatTypingEventsSubscription, ChatTypingEventsSubscriptionVariables>;
export const ChatMarkReadDocument = {"__meta__":{"hash":"2e05b4562937ec1e972ea833703a4cc05edee49722a4c9cc06ad778a6f81755a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}}]}}]}}]} as unknown as DocumentNode<ChatMarkReadMutation, ChatMarkReadMutationVariables>;
export const ChatReadReceiptsDocument = {"__meta__":{"hash":"7c5f3a5e62044323a48a9624f3421ff2c564ce932c7d9d59b7a1eb738d8e853a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatReadReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readReceipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}}]}}]}}]} as unknown as DocumentNode<ChatReadReceiptsSubscription, ChatReadReceiptsSubscriptionVariables>;
export const WidgetUpdateVisitorDocument = {"__meta__":{"hash":"da231b5cc12d41c16cf3b8dc07a036df7cdc1e1fdec070012b98a018c4f7ab18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetUpdateVisitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVisitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateVisitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetUpdateVisitorMutation, WidgetUpdateVisitorMutationVariables>;
export const WidgetConversationDocument = {"__meta__":{"hash":"b9e8e30302dc025a2dec72dd5c319f1e541eb3923917ba4d4e4d5830ec45c212"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"queueStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"isAgentOnline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetConversationQuery, WidgetConversationQueryVariables>;
export const WidgetOpenConversationsDocument = {"__meta__":{"hash":"b509b45853a0b44fc8a03265754da8bd90f4eddfaf2936423ef4600f56b05cb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetOpenConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"PENDING"},{"kind":"EnumValue","value":"RESOLVED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WidgetOpenConversationsQuery, WidgetOpenConversationsQueryVariables>;
export const WidgetRequestAgentDocument = {"__meta__":{"hash":"82f9f5f0f52183b0f22a49662bc1cbf2f55c85fa66382c4b8dbef9dab885a223"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetRequestAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"queueStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"isAgentOnline"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetRequestAgentMutation, WidgetRequestAgentMutationVariables>;
export const WidgetQueueStatusDocument = {"__meta__":{"hash":"ac4a49b17e4394421f698b49a75f0dcef0ea4bf88e8757b4e25fc1dd7a41267d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WidgetQueueStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"isAgentOnline"}}]}}]}}]} as unknown as DocumentNode<WidgetQueueStatusSubscription, WidgetQueueStatusSubscriptionVariables>;
export const WidgetRateConversationDocument = {"__meta__":{"hash":"49110842dc1b562ec22ecdd6059cfcc72ceca5c696f0403d8f698a7776cb21db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetRateConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetRateConversationMutation, WidgetRateConversationMutationVariables>;
export const WidgetLeaveMessageDocument = {"__meta__":{"hash":"0a0d145174b0898ecccbf206ef3f0ae6f141c6a83b48c59aa449380a2983702b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetLeaveMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetLeaveMessageMutation, WidgetLeaveMessageMutationVariables>;