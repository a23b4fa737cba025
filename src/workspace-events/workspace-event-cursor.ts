// The opaque cursor of the workspace stream: a bot stores the last one it handled and resumes
// after it. Today it wraps the event's position; clients must not parse it.
import { KefuError } from '../errors.ts';

const PREFIX = 'wev1:';

export function encodeWorkspaceCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`).toString('base64url');
}

export function decodeWorkspaceCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new KefuError('BAD_USER_INPUT', 'This cursor is not one Kefu gave out: pass the `cursor` of the last workspace event you handled, or omit it to start with new events.', { issues: [{ path: ['after'], message: 'unknown cursor' }] });
  }
  return position;
}
