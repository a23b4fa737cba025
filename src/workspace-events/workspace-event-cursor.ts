// The opaque cursor of the workspace stream: a bot stores the last one it handled and resumes
// after it. Today it wraps the event's position; clients must not parse it.
import { KefuError } from '../errors.ts';

const PREFIX = 'wev1:';

export function encodeWorkspaceCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`).toString('base64url');
}

// Exactly what encodeWorkspaceCursor writes: Number() also took "", " 5", "1e3" and "0x10".
const CURSOR = new RegExp(`^${PREFIX}(0|[1-9][0-9]{0,14})$`);

/** A cursor's position, or BAD_USER_INPUT when it is not one Kefu gave out. */
export function decodeWorkspaceCursor(cursor: string): number {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw unknownCursor();
  return Number(match[1]);
}

/** BAD_USER_INPUT on `after`: a cursor Kefu did not give out, or not to this workspace. */
export function unknownCursor(): KefuError {
  return new KefuError('BAD_USER_INPUT', 'This cursor is not one Kefu gave out: pass the `cursor` of the last workspace event you handled, or omit it to start with new events.', { issues: [{ path: ['after'], message: 'unknown cursor' }] });
}
