// Attaching uploads to the message that carries them. A claim is one conditional update (only
// unsent uploads of this caller in this conversation), so an upload goes out with one message
// only, even when two sends race in different processes.
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { uploaderOf } from './upload-attachment.ts';

/** What a message stores about each attachment (Message.data.attachments); URLs are signed per read. */
export interface AttachmentSummary {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
}

export async function claimAttachments(deps: Pick<Deps, 'db' | 'config'>, caller: Principal, conversationId: string, ids: string[], messageId: string): Promise<AttachmentSummary[]> {
  const unique = [...new Set(ids)];
  const { maxPerMessage } = deps.config.attachments;
  if (unique.length > maxPerMessage) throw new KefuError('BAD_USER_INPUT', `A message may carry at most ${maxPerMessage} attachments; this one has ${unique.length}.`, { issues: [{ path: 'attachmentIds', message: `at most ${maxPerMessage}` }] });
  if (unique.length === 0) return [];
  const { uploaderId } = uploaderOf(caller);
  const claimed = await deps.db.attachment.updateMany({
    where: { id: { in: unique }, workspaceId: caller.workspaceId, conversationId, uploaderId, messageId: null },
    data: { messageId },
  });
  if (claimed.count !== unique.length) {
    await releaseAttachments(deps, messageId);
    throw new KefuError('NOT_FOUND', 'An attachment was not found: it is already sent, or it was not uploaded by you to this conversation. Upload the file again with uploadAttachment.');
  }
  const rows = await deps.db.attachment.findMany({ where: { id: { in: unique } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return unique.map((id) => {
    const { fileName, mimeType, sizeBytes, width, height, hasThumbnail } = byId.get(id)!;
    return { id, fileName, mimeType, sizeBytes, width, height, hasThumbnail };
  });
}

/** Undoes a claim whose message was not stored, so the uploads can be sent again. */
export async function releaseAttachments(deps: Pick<Deps, 'db'>, messageId: string): Promise<void> {
  await deps.db.attachment.updateMany({ where: { messageId }, data: { messageId: null } });
}

/** The attachments a stored message carries (none for most). */
export function attachmentsOf(message: { data: unknown }): AttachmentSummary[] {
  const data = message.data as { attachments?: AttachmentSummary[] } | null;
  return Array.isArray(data?.attachments) ? data.attachments : [];
}
