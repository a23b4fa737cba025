// Storing an uploaded file for a conversation: size and type limits (the type read from the
// bytes), the bytes and a thumbnail into the file store, then the row. A message carries it later
// (claim-attachments.ts); until then only its uploader can see it, and it is swept when unsent.
import { basename } from 'node:path';
import { requirePrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import { findAccessibleConversation } from '../conversation-log/find-accessible-conversation.ts';
import { authorOf } from '../conversation-log/author-of.ts';
import type { Deps } from '../deps.ts';
import { formatOverLimit, KefuError } from '../errors.ts';
import { callerKey } from '../rate-limits.ts';
import type { Attachment } from '../storage/models.ts';
import { newRowId } from '../storage/sql/new-row-id.ts';
import { fileKeyOf } from './file-store.ts';
import { readImage } from './make-thumbnail.ts';
import { sniffFileType } from './sniff-file-type.ts';

export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A file name safe to show and to put in Content-Disposition: no path, no control characters, and
 * no bidirectional controls (with U+202E, "photo\u202Egpj.exe" shows as "photoexe.jpg").
 */
export function cleanFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(0, 200)
    // A cut inside a surrogate pair leaves half a character, which no database can store.
    .replace(/[\uD800-\uDBFF]$/, '');
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}

export function uploaderOf(principal: Principal): { uploaderType: Attachment['uploaderType']; uploaderId: string } {
  const author = authorOf(principal);
  return { uploaderType: author.authorType, uploaderId: (author.authorAgentId ?? author.authorVisitorId ?? author.authorApiKeyId)! };
}

export async function uploadAttachment(deps: Deps, principal: Principal | null, input: { conversationId: string; file: UploadedFile }): Promise<Attachment> {
  const caller = requirePrincipal(principal);
  const { maxBytes, allowedTypes } = deps.config.attachments;
  if (input.file.size > maxBytes) {
    const over = formatOverLimit(input.file.size, maxBytes);
    throw new KefuError('ATTACHMENT_TOO_LARGE', `The file is ${over.size}, over the limit of ${over.limit} (attachments.maxBytes).`, { maxBytes });
  }
  await deps.limiter.take('sends', callerKey(caller));
  const conversation = await findAccessibleConversation(deps, caller, input.conversationId);
  if (conversation.status === 'CLOSED') throw new KefuError('CONVERSATION_CLOSED', 'This conversation is closed; reopen it with updateConversation(status: OPEN) before sending files.');

  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const mimeType = await sniffFileType(bytes);
  if (!allowedTypes.includes(mimeType)) {
    throw new KefuError('ATTACHMENT_TYPE_NOT_ALLOWED', `This file is ${mimeType === 'application/octet-stream' ? 'of an unknown type' : mimeType}; allowed are ${allowedTypes.join(', ')}.`, { allowedTypes, mimeType });
  }
  const image = mimeType.startsWith('image/') ? await readImage(bytes, mimeType) : null;
  const row: Attachment = {
    id: newRowId(),
    workspaceId: caller.workspaceId,
    conversationId: conversation.id,
    messageId: null,
    ...uploaderOf(caller),
    fileName: cleanFileName(input.file.name),
    mimeType,
    sizeBytes: bytes.length,
    width: image?.width ?? null,
    height: image?.height ?? null,
    hasThumbnail: Boolean(image?.thumbnail),
    createdAt: new Date(),
  };
  // The row first, as an orphan the sweep finds: a process that dies while writing the bytes
  // leaves a row the sweep deletes with them, not files no row points at.
  const attachment = await deps.db.attachment.create({ data: row });
  await deps.files.put(fileKeyOf(row), bytes, mimeType);
  if (image?.thumbnail) await deps.files.put(fileKeyOf(row, 'thumb'), image.thumbnail.bytes, image.thumbnail.mimeType);
  return attachment;
}
