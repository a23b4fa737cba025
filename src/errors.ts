// The error catalogue. Key = code clients switch on; value = how to fix it, which is also the
// description of the ErrorCode enum in the SDL. Domain code throws KefuError with one of these.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'Fix the input fields listed in extensions.issues and send again.',
  UNAUTHENTICATED: 'Sign in again or send a valid token: it is missing, malformed or expired.',
  FORBIDDEN: 'Use an account with the needed role, or act only on your own workspace and conversations.',
  NOT_FOUND: 'Check the id: the object does not exist or is not visible to you.',
  CONFLICT: 'Reload the object and retry: it changed or already exists.',
  RATE_LIMITED: 'Slow down and retry after extensions.retryAfterSeconds seconds (also given as retryAfterMs).',
  MESSAGE_TOO_LARGE: 'Shorten the message or send the content as a file.',
  ATTACHMENT_TOO_LARGE: 'Send a smaller file: it is larger than attachments.maxBytes (extensions.maxBytes).',
  ATTACHMENT_TYPE_NOT_ALLOWED: 'Send a file of an allowed type (extensions.allowedTypes): the type read from its bytes is not in attachments.allowedTypes.',
  CONVERSATION_CLOSED: 'Reopen the conversation before sending to it.',
  MESSAGE_REJECTED: 'Change the message: a plugin of this workspace refused it, and the error message says why (extensions.plugin names the plugin).',
  AGENT_AT_CAPACITY: 'Pick another agent, or raise the agent’s maxConcurrent with updateAgentRouting: they already have as many open conversations as allowed.',
  EMAIL_NOT_CONFIGURED: 'Ask the server admin to set email.smtpUrl (KEFU_EMAIL_SMTP_URL): this server sends no email.',
  INVALID_CREDENTIALS: 'Check the email and password and sign in again.',
  VISITOR_IDENTITY_INVALID: 'Compute identityHash on your server as hex HMAC-SHA256 of externalId with the workspace identity secret (identitySecret query), and pass both.',
  PASSWORD_RESET_INVALID: 'Ask an admin for a new password reset token: this one is wrong, used or expired.',
  CURSOR_EXPIRED: 'Catch up from current state: the events after this cursor are older than workspaceEvents.retentionDays and were deleted. Read what you need with queries, then subscribe without after (or with a newer cursor).',
  TOO_MANY_OPERATIONS: 'Complete a subscription on this WebSocket before starting another (limits.wsMaxOperations at once, extensions.maxOperations), or open another connection.',
  QUERY_TOO_COMPLEX: 'Ask for fewer fields, less depth or smaller pages in one operation.',
  GRAPHQL_PARSE_FAILED: 'Fix the GraphQL syntax at the location given in the error and send again.',
  GRAPHQL_VALIDATION_FAILED: 'Fix the operation so it matches the schema (schema/schema.graphql): a field, argument, variable or type is unknown or misused.',
  BAD_REQUEST: 'Fix the request itself as the message says: send a POST with content-type application/json and a JSON body { query, variables, operationName } (or a GET for queries), where operationName names one of the query’s operations or is left out.',
  REQUEST_TOO_LARGE: 'Send a smaller request: the body is larger than http.maxBodyBytes (on WebSocket a frame above limits.wsMaxPayloadBytes closes the socket with 1009).',
  CSRF_HEADER_MISSING: 'Send JSON (content-type: application/json) or add an x-graphql-yoga-csrf header: form, multipart and plain-text requests are refused against cross-site request forgery.',
  DOCUMENT_NOT_TRUSTED: 'Send an operation from the server’s trusted-documents manifest (by its sha256 hash in extensions.persistedQuery), or add it to the manifest and restart the server.',
  INTERNAL_SERVER_ERROR: 'Retry later; if it persists, report it with the time and extensions.requestId.',
} as const;

export type ErrorCode = keyof typeof ErrorCode;

export interface InputIssue {
  path: string;
  message: string;
}

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode;
    issues?: InputIssue[];
    retryAfterMs?: number;
    retryAfterSeconds?: number;
  }
}

export class KefuError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
    this.code = code;
  }
}

export function badInput(issues: InputIssue[]): KefuError {
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new KefuError('BAD_USER_INPUT', `Invalid input: ${summary}`, { issues });
}

/** A size over a limit, in units that show the difference (exact bytes where rounding would hide it). */
export function formatOverLimit(bytes: number, limit: number): { size: string; limit: string } {
  const [size, max] = [formatBytes(bytes), formatBytes(limit)];
  return size !== max ? { size, limit: max } : { size: `${bytes} bytes`, limit: `${limit} bytes` };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
