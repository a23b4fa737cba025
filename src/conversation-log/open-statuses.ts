// A conversation is open while someone still has to act on it: OPEN or PENDING. Only open
// conversations take assignments, count against an agent's capacity and are reused by a visitor.
import type { ConversationStatus } from '../storage/models.ts';

export const OPEN_STATUSES = ['OPEN', 'PENDING'] as const satisfies readonly ConversationStatus[];

export function isOpenStatus(status: ConversationStatus): boolean {
  return (OPEN_STATUSES as readonly ConversationStatus[]).includes(status);
}
