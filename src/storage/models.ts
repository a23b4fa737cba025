// The model types (rows, enums and Prisma's input types) for code on any database, and the
// datamodel itself. Both generated clients come from one prisma/schema.prisma, so the SQLite
// client's types describe every provider's rows; this is the one module that knows where they
// are generated.
export { Prisma } from './generated/sqlite/index.js';
export type {
  Agent,
  AgentConnection,
  AgentRole,
  AgentSession,
  AgentStatus,
  Attachment,
  ApiKey,
  ApiKeyRole,
  AuthorType,
  BotExample,
  BotIntent,
  BotModel,
  CannedReply,
  Conversation,
  ConversationPriority,
  ConversationStatus,
  ConversationTag,
  CsatRating,
  Department,
  DepartmentMember,
  KnowledgeEntry,
  Message,
  MessageKind,
  QueueState,
  ReadReceipt,
  RoutingStrategy,
  Tag,
  Visitor,
  Workspace,
} from './generated/sqlite/index.js';
