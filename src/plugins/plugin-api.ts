// The contract between Kefu and a plugin, the same for Lua and JavaScript/TypeScript. A plugin
// module returns (Lua) or default-exports (JS/TS) a PluginDefinition. Hooks are synchronous: they
// get plain data and a ctx, and return plain data; what they ask Kefu to do (a tag, a system
// message, an HTTP call) is queued on ctx and applied by Kefu after the hook returns. That keeps
// every call inside its time budget and away from the database and the process.

export const HOOK_NAMES = ['beforeStore', 'afterStore', 'beforeBotReply', 'conversationCreated', 'conversationAssigned', 'conversationResolved', 'route'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

export type SettingType = 'string' | 'number' | 'boolean' | 'list';

export interface SettingSpec {
  type: SettingType;
  default?: string | number | boolean | string[];
  description?: string;
  /** Allowed values of a string setting. */
  choices?: string[];
}

export type SettingsValues = Record<string, string | number | boolean | string[]>;

/** The conversation as a hook sees it (read-only copy). */
export interface ConversationView {
  id: string;
  workspaceId: string;
  visitorId: string;
  status: string;
  priority: string;
  subject: string | null;
  assigneeId: string | null;
  departmentId: string | null;
  language: string | null;
}

export interface MessageView {
  conversationId: string;
  body: string;
  authorType: 'VISITOR' | 'AGENT' | 'BOT' | 'SYSTEM';
  internal: boolean;
  /** Set after the message is stored (afterStore). */
  id?: string;
  seq?: number;
}

export interface BotReplyView {
  body: string;
  /** The bot's decision: KNOWLEDGE_ANSWER, INTENT_ANSWER, SUGGESTIONS, DEFAULT_REPLY or HANDOFF. */
  kind: string;
  /** The visitor message it answers. */
  visitorMessage: string;
}

export interface CandidateView {
  id: string;
  name: string;
  openCount: number;
}

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface PluginContext {
  conversation: ConversationView;
  /** This workspace's settings of the plugin (declared defaults filled in). */
  settings: SettingsValues;
  /** Adds a tag to the conversation (created in the workspace when new). */
  addTag(name: string): void;
  /** Appends a SYSTEM message to the conversation, seen by visitor and agents. */
  sendSystemMessage(body: string): void;
  log(message: string): void;
  /** Sends an HTTP request after the hook returns (fire and forget), only to plugins.httpAllowedHosts. */
  http(url: string, request?: HttpRequest): void;
}

export interface ConversationEventView {
  /** The agent it was assigned to (conversationAssigned). */
  agentId?: string | null;
}

export interface BeforeStoreResult {
  body?: string;
  tags?: string[];
  /** Refuses the message; the sender gets MESSAGE_REJECTED with this reason. */
  reject?: string;
}

export interface BeforeBotReplyResult {
  body?: string;
  /** true: the bot stays silent this time. */
  veto?: boolean;
}

export interface RouteResult {
  /** Try this agent first (when it is a candidate). */
  pick?: string;
  exclude?: string[];
}

export interface PluginHooks {
  beforeStore?(message: MessageView, ctx: PluginContext): BeforeStoreResult | void | null;
  afterStore?(message: MessageView, ctx: PluginContext): void;
  beforeBotReply?(reply: BotReplyView, ctx: PluginContext): BeforeBotReplyResult | void | null;
  conversationCreated?(event: ConversationEventView, ctx: PluginContext): void;
  conversationAssigned?(event: ConversationEventView, ctx: PluginContext): void;
  conversationResolved?(event: ConversationEventView, ctx: PluginContext): void;
  route?(candidates: CandidateView[], ctx: PluginContext): RouteResult | void | null;
}

export interface PluginDefinition {
  name: string;
  version?: string;
  description?: string;
  /** Plugins run in ascending order, then by name (default 100). */
  order?: number;
  settings?: Record<string, SettingSpec>;
  hooks: PluginHooks;
}
