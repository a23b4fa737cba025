// The bytes behind a signed download URL (attachment-urls.ts), with the headers that keep a file
// from acting as a page of Kefu's origin: the sniffed type, nosniff, a sandbox CSP, and
// `attachment` disposition for everything but images.
import type { Deps } from '../deps.ts';
import { checkDownloadUrl } from './attachment-urls.ts';
import { fileKeyOf } from './file-store.ts';
import { thumbnailTypeOf } from './make-thumbnail.ts';

export type Download = { status: 200; headers: Record<string, string>; body: ReadableStream<Uint8Array> } | { status: 403 | 404; message: string };

const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);

export async function openAttachmentDownload(deps: Pick<Deps, 'db' | 'files' | 'secret'>, url: URL): Promise<Download> {
  const check = checkDownloadUrl(deps.secret, url);
  if (!check.ok) return { status: check.status, message: check.reason };
  const row = await deps.db.attachment.findUnique({ where: { id: check.id } });
  const isThumb = check.variant === 'thumb';
  if (!row || (isThumb && !row.hasThumbnail)) return { status: 404, message: 'This attachment no longer exists.' };
  const stored = await deps.files.get(fileKeyOf(row, check.variant));
  if (!stored) return { status: 404, message: 'This attachment no longer exists.' };
  const contentType = isThumb ? thumbnailTypeOf(row.mimeType) : row.mimeType;
  const disposition = INLINE_TYPES.has(row.mimeType) ? 'inline' : 'attachment';
  return {
    status: 200,
    body: stored.body,
    headers: {
      'content-type': contentType,
      ...(stored.sizeBytes > 0 ? { 'content-length': String(stored.sizeBytes) } : {}),
      'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=300',
      // The widget on a customer's site shows these images; the URL itself is the credential.
      'cross-origin-resource-policy': 'cross-origin',
    },
  };
}
