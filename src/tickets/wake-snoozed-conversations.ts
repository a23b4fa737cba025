// Snoozes that ran out come back to the open inbox. Run by every process's ticket sweep, from the
// database, so it survives restarts; the conditional update (snoozedUntil still the one read)
// lets exactly one process wake each conversation, and the note commits with it, so nobody sees
// the conversation back without it.
import type { Deps } from '../deps.ts';
import { appendIfConversationMatches } from '../conversation-log/append-event.ts';
import { publishEvents } from '../conversation-log/publish-event.ts';

export async function wakeSnoozedConversations(deps: Deps, now = new Date()): Promise<number> {
  const due = await deps.db.conversation.findMany({ where: { snoozedUntil: { lte: now } }, select: { id: true, workspaceId: true, snoozedUntil: true }, orderBy: { snoozedUntil: 'asc' }, take: 100 });
  let woken = 0;
  for (const conversation of due) {
    const appended = await appendIfConversationMatches(deps, { id: conversation.id, snoozedUntil: conversation.snoozedUntil }, { snoozedUntil: null }, {
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      kind: 'TEXT',
      authorType: 'SYSTEM',
      body: 'Snooze ended',
      internal: true,
      data: { snoozedUntil: null },
    });
    if (!appended) continue;
    await publishEvents(deps, [appended], 'UPDATED');
    woken++;
  }
  return woken;
}
