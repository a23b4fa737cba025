// The type of an upload, read from its bytes: the file name and the type the browser sends are
// the client's word, and a renamed .exe must not become an image/png the console shows inline.
import { fileTypeFromBuffer } from 'file-type';

const SNIFF_BYTES = 4100;

/** Text with no NUL and valid UTF-8 in its first 4 KB counts as text/plain (magic numbers cannot tell). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the sniff boundary is fine; invalid UTF-8 elsewhere is not.
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, Math.max(0, head.length - 4)) : head);
    return true;
  } catch {
    return false;
  }
}

export async function sniffFileType(bytes: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes.subarray(0, Math.max(SNIFF_BYTES, Math.min(bytes.length, 64 * 1024))));
  if (detected) return detected.mime;
  return bytes.length > 0 && looksLikeText(bytes) ? 'text/plain' : 'application/octet-stream';
}
