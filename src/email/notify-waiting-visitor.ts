// A visitor joined the queue while no agent of the workspace is online: tell the team by email,
// once per queue join (the caller won the join's conditional update, in whichever process).
import type { Deps } from '../deps.ts';
import { conversationLabel, notifyStaff } from './notify-staff.ts';

export function notifyWaitingVisitor(deps: Pick<Deps, 'db' | 'config' | 'mailer' | 'log'>, conversation: { id: string; workspaceId: string }): void {
  notifyStaff(deps, async () => {
    const found = await deps.db.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { id: true, number: true, subject: true, visitor: { select: { name: true, email: true } } } });
    const who = found.visitor.name ?? found.visitor.email ?? 'A visitor';
    return {
      kind: 'waiting-visitor',
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      subject: `A visitor is waiting and no agent is online (${conversationLabel(found)})`,
      text: `${who} asked for a person in conversation ${conversationLabel(found)}, and no agent is online.\n\nSign in to the Kefu console to answer; if nobody does within the workspace's maximum queue wait, the visitor is offered to leave a message.\n`,
    };
  });
}
