// Emails to the people who answer a workspace: email.notifyAddress when set, else every active
// agent. Building the email reads the database, so it runs after the caller has returned; a
// failure is logged and never reaches the visitor whose message triggered it.
import type { Deps } from '../deps.ts';
import type { Email } from './create-mailer.ts';

export type StaffNotice = Omit<Email, 'to'>;

export function notifyStaff(deps: Pick<Deps, 'db' | 'config' | 'mailer' | 'log'>, notice: () => Promise<StaffNotice | null>): void {
  if (!deps.mailer.isEnabled) return;
  void (async () => {
    const email = await notice();
    if (!email) return;
    const to = await staffRecipients(deps, email.workspaceId);
    if (to.length === 0) deps.log.warn({ kind: email.kind, workspaceId: email.workspaceId }, 'no active agent to notify by email');
    else deps.mailer.enqueue({ ...email, to });
  })().catch((error: unknown) => deps.log.error({ err: error }, 'email notice could not be prepared'));
}

async function staffRecipients(deps: Pick<Deps, 'db' | 'config'>, workspaceId: string): Promise<string[]> {
  if (deps.config.email.notifyAddress) return [deps.config.email.notifyAddress];
  const agents = await deps.db.agent.findMany({ where: { workspaceId, deactivatedAt: null }, select: { email: true }, orderBy: { createdAt: 'asc' }, take: 100 });
  return agents.map((a) => a.email);
}

/** "#42 Refund" or "#42": how emails name a conversation. */
export function conversationLabel(conversation: { number: number | null; subject: string | null; id: string }): string {
  const number = conversation.number === null ? conversation.id : `#${conversation.number}`;
  return conversation.subject ? `${number} ${conversation.subject}` : number;
}
