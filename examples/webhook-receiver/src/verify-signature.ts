// Verifies a Kefu webhook (README "Integrate a bot" → "Webhooks"):
//   Kefu-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<Kefu-Webhook-Timestamp>.<raw body>")>
// over the raw body bytes, with a constant-time compare and a bounded timestamp age (replays).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOLERANCE_SECONDS = 300;

export function isSignatureValid(secret: string, rawBody: string, timestampHeader: string | undefined, signatureHeader: string | undefined, nowSeconds = Date.now() / 1000): boolean {
  const timestamp = Number(timestampHeader);
  if (!signatureHeader || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`);
  // Several signatures may be sent (comma-separated) while a secret is being rotated.
  return signatureHeader.split(',').some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
