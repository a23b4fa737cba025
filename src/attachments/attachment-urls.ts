// Download URLs are capabilities: `/attachments/<id>?variant&expires&signature`, an HMAC of the
// three with the server secret. Only a caller who may read the message (or uploaded the file) is
// handed one, so an <img src> works without a token and the URL stops working after
// attachments.urlTtlSeconds. Expiry is rounded up to a minute, so every subscriber of one event
// gets the same URL (one shared execution per event, transport/shared-execution.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DOWNLOAD_PATH_PREFIX = '/attachments/';

export type Variant = 'file' | 'thumb';

function signatureOf(secret: string, id: string, variant: Variant, expiresAt: number): string {
  return createHmac('sha256', secret).update(`attachment:${id}:${variant}:${expiresAt}`).digest('base64url');
}

export function signDownloadPath(secret: string, id: string, variant: Variant, ttlSeconds: number, nowMs = Date.now()): string {
  const expiresAt = Math.ceil((nowMs / 1000 + ttlSeconds) / 60) * 60;
  const query = new URLSearchParams({ variant, expires: String(expiresAt), signature: signatureOf(secret, id, variant, expiresAt) });
  return `${DOWNLOAD_PATH_PREFIX}${encodeURIComponent(id)}?${query}`;
}

export type DownloadCheck = { ok: true; id: string; variant: Variant } | { ok: false; status: 403 | 404; reason: string };

/** Whether `url` (path and query) is a valid, unexpired download URL. */
export function checkDownloadUrl(secret: string, url: URL, nowMs = Date.now()): DownloadCheck {
  // Ids are URL-safe as they are (checked below), so nothing is decoded: a malformed escape (%ZZ) is simply no id.
  const id = url.pathname.slice(DOWNLOAD_PATH_PREFIX.length);
  const variant = url.searchParams.get('variant');
  const expiresAt = Number(url.searchParams.get('expires'));
  const given = Buffer.from(url.searchParams.get('signature') ?? '');
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id) || (variant !== 'file' && variant !== 'thumb')) return { ok: false, status: 404, reason: 'No attachment at this address.' };
  const expected = Buffer.from(signatureOf(secret, id, variant, expiresAt));
  if (!Number.isInteger(expiresAt) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 403, reason: 'This download link is not valid; get a fresh one by loading the conversation again.' };
  }
  if (expiresAt * 1000 < nowMs) return { ok: false, status: 403, reason: 'This download link has expired; get a fresh one by loading the conversation again.' };
  return { ok: true, id, variant };
}
