// The request body limit (http.maxBodyBytes), enforced while the body streams in: a declared
// Content-Length above the limit is refused before a byte is read, and a chunked body is cut off
// as soon as it passes the limit, so no request makes the server buffer more than the limit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatBytes, formatOverLimit, KefuError } from '../errors.ts';

/** The whole body, or null once it passes `maxBytes` (reading stops there). Rejects if the client aborts. */
export function readBodyWithin(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        done();
        req.pause();
        return resolve(null);
      }
      chunks.push(chunk);
    };
    const onEnd = () => (done(), resolve(Buffer.concat(chunks, size)));
    const onError = (error: Error) => (done(), reject(error));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
  });
}

export function declaredBodyBytes(req: IncomingMessage): number {
  return Number(req.headers['content-length'] ?? 0) || 0;
}

/** What was too large: the request, or (a multipart upload) the file in it, with the limit the user can act on. */
export type TooLarge = { kind: 'request'; maxBodyBytes: number } | { kind: 'file'; maxBodyBytes: number; maxFileBytes: number };

// A refused body the server still reads and throws away, so that a client still sending it (Node's
// fetch, curl) reads the 413 instead of failing with EPIPE on a closed connection. Larger bodies,
// and the rest of a chunked body cut off at the limit, close the connection at once.
const DISCARD_MAX_BYTES = 64 * 1024 * 1024;
const DISCARD_TIMEOUT_MS = 15_000;

/**
 * 413 with a GraphQL error body (and the CORS headers Yoga would give, so a page on another origin
 * can read it). The body is not read into memory: a declared length up to
 * DISCARD_MAX_BYTES is discarded as it arrives (Node dumps an unread body of a kept-alive
 * connection) within DISCARD_TIMEOUT_MS; otherwise the connection is closed.
 */
export function refuseTooLarge(res: ServerResponse, limit: TooLarge, declaredBytes: number, corsHeaders: Record<string, string> = {}): void {
  const error = tooLargeError(limit, declaredBytes);
  const isDiscarding = declaredBytes > 0 && declaredBytes <= DISCARD_MAX_BYTES;
  res.writeHead(413, { 'content-type': 'application/graphql-response+json; charset=utf-8', ...corsHeaders, ...(isDiscarding ? {} : { connection: 'close' }) });
  res.end(JSON.stringify({ errors: [error.toJSON()] }));
  if (isDiscarding) {
    const req = res.req;
    const slow = setTimeout(() => req.socket.destroy(), DISCARD_TIMEOUT_MS);
    slow.unref();
    req.once('end', () => clearTimeout(slow)).once('close', () => clearTimeout(slow));
  }
}

function tooLargeError(limit: TooLarge, declaredBytes: number): KefuError {
  // A declared length is known and compared; a chunked body was cut off as soon as it passed the body limit.
  const isDeclared = declaredBytes > limit.maxBodyBytes;
  if (limit.kind === 'file') {
    const over = formatOverLimit(isDeclared ? declaredBytes : limit.maxBodyBytes, limit.maxFileBytes);
    return new KefuError('ATTACHMENT_TOO_LARGE', `The upload is ${isDeclared ? '' : 'over '}${over.size}; a file may be at most ${over.limit} (attachments.maxBytes).`, { maxBytes: limit.maxFileBytes });
  }
  const over = formatOverLimit(declaredBytes, limit.maxBodyBytes);
  const text = isDeclared ? `is ${over.size}; the limit is ${over.limit}` : `is over the limit of ${formatBytes(limit.maxBodyBytes)}`;
  return new KefuError('REQUEST_TOO_LARGE', `The request body ${text} (http.maxBodyBytes).`, { maxBytes: limit.maxBodyBytes });
}
