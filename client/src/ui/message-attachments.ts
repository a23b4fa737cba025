// Attachments under a message, for the widget and the console: images inline (the thumbnail, or
// the original scaled by CSS when there is none) linking to the full file, other files as cards
// with name and size. Every URL comes from the server and is resolved against the API's origin.
import { formatFileSize } from '../format-file-size.ts';
import type { Attachment } from '../upload-attachment.ts';
import { h } from './create-element.ts';

export function renderAttachments(attachments: readonly Attachment[] | null | undefined, resolveUrl: (path: string) => string): HTMLElement | null {
  if (!attachments?.length) return null;
  return h(
    'div',
    { class: 'attachments' },
    ...attachments.map((a) => {
      const href = resolveUrl(a.url);
      if (a.isImage) {
        const image = h('img', { src: resolveUrl(a.thumbnailUrl ?? a.url), alt: a.fileName, loading: 'lazy', ...(a.width && a.height ? { width: Math.min(a.width, 220), height: Math.round((Math.min(a.width, 220) * a.height) / a.width) } : {}) });
        return h('a', { class: 'attachment image', href, target: '_blank', rel: 'noopener noreferrer', 'data-attachment-id': a.id }, image);
      }
      return h(
        'a',
        { class: 'attachment file', href, target: '_blank', rel: 'noopener noreferrer', download: a.fileName, 'data-attachment-id': a.id },
        h('span', { class: 'file-name' }, a.fileName),
        h('span', { class: 'file-size' }, formatFileSize(a.sizeBytes)),
      );
    }),
  );
}
