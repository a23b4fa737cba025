import { describe, expect, it } from 'vitest';
import { toKefuClientError, toSocketError } from './kefu-client-error.ts';

describe('toSocketError', () => {
  it('reports a 1009 close (frame above the server limit) as MESSAGE_TOO_LARGE, not retryable', () => {
    const error = toSocketError({ code: 1009, reason: '' });
    expect(error.code).toBe('MESSAGE_TOO_LARGE');
    expect(error.isRetryable).toBe(false);
  });

  it('reports other closes as a retryable NETWORK_ERROR', () => {
    expect(toSocketError({ code: 1006, reason: '' }).code).toBe('NETWORK_ERROR');
  });
});

describe('KefuClientError.text', () => {
  it('names the file size limit of a refused upload', () => {
    const tooLarge = toKefuClientError([{ message: 'The upload is 28.6 MB; a file may be at most 10 MB (attachments.maxBytes).', extensions: { code: 'ATTACHMENT_TOO_LARGE', maxBytes: 10 * 1024 * 1024 } }]);
    expect(tooLarge.text('en')).toBe('The file is too large (at most 10.0 MB). Send a smaller one.');
    expect(tooLarge.text('zh-CN')).toBe('文件太大（上限 10.0 MB），请发送较小的文件。');
  });

  it('names the size limit of a refused message in the reader’s language', () => {
    const tooLong = toKefuClientError([{ message: 'Message is 17.6 KB; the limit is 16 KB.', extensions: { code: 'MESSAGE_TOO_LARGE', maxBytes: 16 * 1024 } }]);
    expect(tooLong.text('en')).toBe('The message is too long (at most 16 KB). Shorten it and send again.');
    expect(tooLong.text('zh-CN')).toBe('消息太长（上限 16 KB），请缩短后再发送。');
  });

  it('adds the server’s detail to invalid input and conflicts, in either language', () => {
    const invalid = toKefuClientError([{ message: 'Invalid input: timezone: Required', extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'timezone', message: 'Required' }, { path: 'outOfHoursReply', message: 'Required' }] } }]);
    expect(invalid.text('en')).toBe('Some input is not valid. Check it and try again. timezone: Required; outOfHoursReply: Required');
    expect(invalid.text('zh-CN')).toBe('输入有误，请检查后重试。 timezone: Required; outOfHoursReply: Required');
    const duplicate = toKefuClientError([{ message: 'An agent with this email already exists in this workspace.', extensions: { code: 'CONFLICT' } }]);
    expect(duplicate.text('en')).toBe('This conflicts with what is there now. An agent with this email already exists in this workspace.');
  });

  it('keeps other codes to their own text', () => {
    expect(toKefuClientError([{ message: 'No conversation with id x', extensions: { code: 'NOT_FOUND' } }]).text('en')).toBe('Not found: it may have been deleted, or you cannot see it.');
  });
});
