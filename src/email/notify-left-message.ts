// A visitor left a message with the form: the team gets it by email, with the visitor's address
// as Reply-To. Replies to this email are not read back into the conversation (yet, see README).
import type { Deps } from '../deps.ts';
import { conversationLabel, notifyStaff } from './notify-staff.ts';

export interface LeftMessage {
  workspaceId: string;
  conversationId: string;
  name: string | null;
  email: string;
  message: string;
}

export function notifyLeftMessage(deps: Pick<Deps, 'db' | 'config' | 'mailer' | 'log'>, left: LeftMessage): void {
  notifyStaff(deps, async () => {
    const conversation = await deps.db.conversation.findUniqueOrThrow({ where: { id: left.conversationId }, select: { id: true, number: true, subject: true } });
    const from = left.name ? `${left.name} <${left.email}>` : left.email;
    return {
      kind: 'left-message',
      workspaceId: left.workspaceId,
      conversationId: left.conversationId,
      subject: `New message left in conversation ${conversationLabel(conversation)}`,
      replyTo: left.email,
      text: `${from} left a message while nobody was available:\n\n${left.message}\n\nAnswer it in the Kefu console (conversation ${conversationLabel(conversation)}).\n`,
    };
  });
}
