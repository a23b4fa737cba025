// The one error type the SDK throws: a server ErrorCode (from the SDL) or a client-side code.
import { formatFileSize } from './format-file-size.ts';
import { getErrorText, isServerErrorCode, type KefuErrorCode } from './error-messages.ts';

/** Codes whose server message says what to change (which field, which duplicate): people see it after the code's text. */
const DETAILED_CODES: ReadonlySet<KefuErrorCode> = new Set<KefuErrorCode>(['BAD_USER_INPUT', 'CONFLICT']);

/** Codes worth retrying unchanged: the same request may succeed later. */
const RETRYABLE_CODES: ReadonlySet<KefuErrorCode> = new Set<KefuErrorCode>(['NETWORK_ERROR', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);

export interface GraphQLErrorJson {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; retryAfterMs?: number; [key: string]: unknown };
}

export class KefuClientError extends Error {
  readonly code: KefuErrorCode;
  /** Every GraphQL error of the response, when the server answered. */
  readonly errors: readonly GraphQLErrorJson[];

  constructor(code: KefuErrorCode, message: string, options: { errors?: readonly GraphQLErrorJson[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'KefuClientError';
    this.code = code;
    this.errors = options.errors ?? [];
  }

  /** True when sending the same request again may succeed. */
  get isRetryable(): boolean {
    return RETRYABLE_CODES.has(this.code);
  }

  /** The server's hint for RATE_LIMITED, in milliseconds. */
  get retryAfterMs(): number | undefined {
    const value = this.errors[0]?.extensions?.retryAfterMs;
    return typeof value === 'number' ? value : undefined;
  }

  /**
   * Text for people, e.g. `error.text('zh-CN')`. A rejected message shows the reason the
   * workspace's plugin gave; invalid input and conflicts add the server's detail (in English).
   */
  text(locale: string): string {
    if (this.code === 'MESSAGE_REJECTED' && this.errors[0]?.message) return this.errors[0].message;
    const text = getErrorText(this.code, locale);
    const maxBytes = this.errors[0]?.extensions?.maxBytes;
    const isChinese = locale.toLowerCase().startsWith('zh');
    if (this.code === 'ATTACHMENT_TOO_LARGE' && typeof maxBytes === 'number') {
      const limit = formatFileSize(maxBytes);
      return isChinese ? `文件太大（上限 ${limit}），请发送较小的文件。` : `The file is too large (at most ${limit}). Send a smaller one.`;
    }
    if (this.code === 'MESSAGE_TOO_LARGE' && typeof maxBytes === 'number') {
      const limit = formatFileSize(maxBytes);
      return isChinese ? `消息太长（上限 ${limit}），请缩短后再发送。` : `The message is too long (at most ${limit}). Shorten it and send again.`;
    }
    const detail = DETAILED_CODES.has(this.code) ? detailOf(this.errors[0]) : '';
    return detail ? `${text} ${detail}` : text;
  }
}

/** What the server said to change: BAD_USER_INPUT's issues ("field: problem"), else its message. */
function detailOf(error: GraphQLErrorJson | undefined): string {
  const issues = error?.extensions?.issues;
  if (Array.isArray(issues) && issues.length > 0) {
    return issues.map((issue: { path?: string; message?: string }) => (issue.path ? `${issue.path}: ${issue.message}` : (issue.message ?? ''))).join('; ');
  }
  return (error?.message ?? '').replace(/^Invalid input: /, '');
}

/** The error for a GraphQL `errors` array: the first error's code decides; unknown codes count as internal. */
export function toKefuClientError(errors: readonly GraphQLErrorJson[]): KefuClientError {
  const first = errors[0];
  const code = first?.extensions?.code;
  return new KefuClientError(isServerErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR', first?.message ?? 'The server returned an error without a message.', { errors });
}

/** Text for any thrown value: a KefuClientError's own text, anything else as an internal error. */
export function describeError(error: unknown, locale: string): string {
  return error instanceof KefuClientError ? error.text(locale) : getErrorText('INTERNAL_SERVER_ERROR', locale);
}

/**
 * The error for what graphql-ws hands a subscription sink: GraphQL errors from the server, or a
 * close event / network error once the socket gave up (retryable: subscribe again).
 */
export function toSocketError(error: unknown): KefuClientError {
  if (error instanceof KefuClientError) return error;
  if (Array.isArray(error)) return toKefuClientError(error as GraphQLErrorJson[]);
  const code = (error as { code?: unknown } | null)?.code;
  // 1009: the server refused a frame above limits.wsMaxPayloadBytes (schema/PROTOCOL.md §6).
  if (code === 1009) return new KefuClientError('MESSAGE_TOO_LARGE', 'The server closed the socket because a frame was larger than it accepts (close code 1009); send less at once.', { cause: error });
  const detail = typeof code === 'number' ? ` (close code ${code})` : error instanceof Error ? ` (${error.message})` : '';
  return new KefuClientError('NETWORK_ERROR', `The subscription socket failed${detail}; subscribe again to resume.`, { cause: error });
}
