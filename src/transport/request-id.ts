// The id that ties a request's log lines, its response and its errors together: the caller's
// X-Request-Id when it is a sane token (a proxy or client may have logged it already), else a new one.
import { randomUUID } from 'node:crypto';

const SAFE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export function acceptRequestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
