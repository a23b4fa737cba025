// Text for every error code, in Chinese and English, for people using the widget and console.
// Typed as Record<ErrorCode, …>: a code added to the SDL fails to compile here until it has text.
import type { ErrorCode } from './generated/graphql.ts';

/** Failures that happen before the server could answer, or after the client was closed. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'CLIENT_CLOSED' | 'STORAGE_FAILED';

export type KefuErrorCode = ErrorCode | ClientErrorCode;

export type Locale = 'zh' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

export const serverErrorText: Record<ErrorCode, LocalizedText> = {
  AGENT_AT_CAPACITY: { zh: '该客服的接待量已满，请选择其他客服。', en: 'This agent already has as many conversations as allowed. Pick another agent.' },
  BAD_REQUEST: { zh: '请求格式有误。', en: 'The request is malformed.' },
  BAD_USER_INPUT: { zh: '输入有误，请检查后重试。', en: 'Some input is not valid. Check it and try again.' },
  CONFLICT: { zh: '与现有内容冲突。', en: 'This conflicts with what is there now.' },
  DOCUMENT_NOT_TRUSTED: { zh: '服务器不接受此请求，请更新应用后重试。', en: 'The server does not accept this request. Update the app and try again.' },
  CONVERSATION_CLOSED: { zh: '会话已关闭，重新打开后才能发送消息。', en: 'This conversation is closed. Reopen it to send messages.' },
  CURSOR_EXPIRED: { zh: '该游标之后的事件已过保留期被删除，请先通过查询获取当前数据，再不带游标重新订阅。', en: 'The events after this cursor expired and were deleted. Read the current state with queries, then subscribe again without a cursor.' },
  CSRF_HEADER_MISSING: { zh: '请求被拒绝：缺少防跨站请求伪造的请求头。', en: 'Request refused: the cross-site request forgery header is missing.' },
  EMAIL_NOT_CONFIGURED: { zh: '此服务器未配置邮件发送。', en: 'This server is not set up to send email.' },
  FORBIDDEN: { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  GRAPHQL_PARSE_FAILED: { zh: '请求语法有误。', en: 'The request has a syntax error.' },
  GRAPHQL_VALIDATION_FAILED: { zh: '请求与接口定义不符。', en: 'The request does not match the API.' },
  INTERNAL_SERVER_ERROR: { zh: '服务器出错了，请稍后重试。', en: 'Something went wrong on the server. Try again later.' },
  INVALID_CREDENTIALS: { zh: '邮箱或密码不正确。', en: 'The email or password is incorrect.' },
  MESSAGE_REJECTED: { zh: '消息未能发送：内容不符合本站规则，请修改后再试。', en: 'The message was not sent: its content is not allowed here. Change it and try again.' },
  MESSAGE_TOO_LARGE: { zh: '消息太长，请缩短后再发送。', en: 'The message is too long. Shorten it and send again.' },
  ATTACHMENT_TOO_LARGE: { zh: '文件太大，请发送较小的文件。', en: 'The file is too large. Send a smaller one.' },
  ATTACHMENT_TYPE_NOT_ALLOWED: { zh: '不支持此文件类型，请发送图片、PDF 或文档。', en: 'This type of file cannot be sent. Send an image, a PDF or a document.' },
  NOT_FOUND: { zh: '找不到该内容，可能已被删除或您无权查看。', en: 'Not found: it may have been deleted, or you cannot see it.' },
  PASSWORD_RESET_INVALID: { zh: '密码重置链接无效、已使用或已过期，请向管理员重新申请。', en: 'This password reset token is wrong, used or expired. Ask an admin for a new one.' },
  QUERY_TOO_COMPLEX: { zh: '请求过于复杂，请减少一次请求的数据量。', en: 'The request is too large. Ask for less at once.' },
  RATE_LIMITED: { zh: '操作太频繁，请稍后再试。', en: 'Too many requests. Wait a moment and try again.' },
  REQUEST_TOO_LARGE: { zh: '请求内容太大，请缩短后再发送。', en: 'The request is too large. Send less at once.' },
  TOO_MANY_OPERATIONS: { zh: '此连接上同时进行的订阅太多，请关闭一些后再试。', en: 'Too many subscriptions on this connection. Close some and try again.' },
  UNAUTHENTICATED: { zh: '登录已失效，请重新登录。', en: 'Your session has expired. Sign in again.' },
  VISITOR_IDENTITY_INVALID: { zh: '身份校验失败：网站提供的用户签名不正确。', en: 'Identity check failed: the site’s user signature is not valid.' },
};

export const clientErrorText: Record<ClientErrorCode, LocalizedText> = {
  NETWORK_ERROR: { zh: '无法连接服务器，恢复网络后将自动重试。', en: 'Cannot reach the server. Kefu retries when the network is back.' },
  CLIENT_CLOSED: { zh: '连接已关闭，未发送的消息会在下次打开时发送。', en: 'The connection was closed. Unsent messages go out next time.' },
  STORAGE_FAILED: { zh: '无法保存待发送的消息，请检查浏览器存储设置。', en: 'Could not save unsent messages. Check the browser storage settings.' },
};

/** The text for `code` in `locale` (any `zh-*` tag counts as zh, everything else as en). */
export function getErrorText(code: KefuErrorCode, locale: string): string {
  const text = code in serverErrorText ? serverErrorText[code as ErrorCode] : clientErrorText[code as ClientErrorCode];
  return locale.toLowerCase().startsWith('zh') ? text.zh : text.en;
}

export function isServerErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(serverErrorText, code);
}
