// Snooze: an open conversation leaves the open inbox (conversations(filter: { isSnoozed: false }))
// until a time. It comes back when the time passes (wake-snoozed-conversations.ts, in every
// process's sweep) or when the visitor writes (messages/send-message.ts clears snoozedUntil).
// Both are stored as internal notes with a seq, so every console's inbox stream sees the change.
import { z } from 'zod';
import { requireStaff } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { appendEvents } from '../conversation-log/append-event.ts';
import { authorOf } from '../conversation-log/author-of.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { isOpenStatus } from '../conversation-log/open-statuses.ts';
import { publishEvents } from '../conversation-log/publish-event.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';

const MAX_SNOOZE_MS = 366 * 24 * 3600 * 1000;

export async function snoozeConversation(deps: Deps, principal: Principal | null, input: unknown, now = new Date()) {
  const staff = requireStaff(principal);
  const data = parseInput(
    z.object({
      conversationId: z.string().min(1).max(100),
      until: z
        .date()
        .nullable()
        .refine((until) => until === null || until.getTime() > now.getTime(), 'Snooze until a time in the future, or pass null to wake it now')
        .refine((until) => until === null || until.getTime() - now.getTime() <= MAX_SNOOZE_MS, 'Snooze for at most a year'),
    }),
    input,
  );
  const conversation = await findAccessibleConversation(deps, staff, data.conversationId);
  if (data.until && !isOpenStatus(conversation.status)) throw new KefuError('CONFLICT', `The conversation is ${conversation.status.toLowerCase()}; only open or pending conversations can be snoozed.`);
  if (!data.until && !conversation.snoozedUntil) return conversation;
  const body = data.until ? `Snoozed until ${data.until.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'Snooze ended';
  const appended = await appendEvents(
    deps,
    [{ workspaceId: staff.workspaceId, conversationId: conversation.id, kind: 'TEXT', ...authorOf(staff), body, internal: true, data: { snoozedUntil: data.until?.toISOString() ?? null } }],
    { snoozedUntil: data.until },
  );
  await publishEvents(deps, appended, 'UPDATED');
  return appended[0]!.conversation;
}
