// A visitor asks for the conversation by email (or staff send it to them): every message the
// visitor could see, in order, to the visitor's address: the one given now (which a visitor's
// profile keeps, as the leave-a-message form does) or the one already on the visitor.
import { z } from 'zod';
import { requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { KefuError } from '../errors.ts';
import { callerKey } from '../rate-limits.ts';
import { parseInput } from '../validation.ts';
import { formatTranscript, TRANSCRIPT_MAX_MESSAGES } from './format-transcript.ts';
import { conversationLabel } from './notify-staff.ts';

export async function sendTranscript(deps: Deps, principal: Principal | null, input: unknown): Promise<{ email: string }> {
  const caller = requirePrincipal(principal);
  const data = parseInput(z.object({ conversationId: z.string().min(1).max(100), email: z.string().trim().email('Give an email address such as name@example.com').max(200).optional() }), input);
  if (!deps.mailer.isEnabled) throw new KefuError('EMAIL_NOT_CONFIGURED', 'This server sends no email; ask its admin to set email.smtpUrl (KEFU_EMAIL_SMTP_URL).');
  const conversation = await findAccessibleConversation(deps, caller, data.conversationId);
  await deps.limiter.take('creates', callerKey(caller));
  // A visitor names any address: the workspace's visitors together get a bounded number of mails.
  if (caller.kind === 'visitor') await deps.limiter.take('visitorTranscripts', `workspace:${conversation.workspaceId}`);
  const visitor = await deps.db.visitor.findUniqueOrThrow({ where: { id: conversation.visitorId }, select: { id: true, name: true, email: true } });
  const email = data.email ?? visitor.email;
  if (!email) throw new KefuError('BAD_USER_INPUT', 'The visitor has no email address yet; pass email.', { issues: [{ path: 'email', message: 'Give the address to send the transcript to.' }] });
  if (caller.kind === 'visitor' && data.email && data.email !== visitor.email) await deps.db.visitor.update({ where: { id: visitor.id }, data: { email: data.email } });
  const messages = await deps.db.message.findMany({
    where: { conversationId: conversation.id, internal: false, kind: { in: ['TEXT', 'LEFT_MESSAGE'] } },
    orderBy: { seq: 'desc' },
    take: TRANSCRIPT_MAX_MESSAGES,
    select: { authorType: true, body: true, createdAt: true, authorAgent: { select: { name: true } } },
  });
  deps.mailer.enqueue({
    kind: 'transcript',
    workspaceId: conversation.workspaceId,
    conversationId: conversation.id,
    to: [email],
    subject: `Your conversation ${conversationLabel(conversation)}`,
    text: formatTranscript(messages.reverse(), visitor.name),
  });
  return { email };
}
