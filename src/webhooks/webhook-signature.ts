// How Kefu signs a webhook POST (README "Integrate a bot" → "Webhooks"), as Stripe does:
//   Kefu-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<Kefu-Webhook-Timestamp>.<raw body>")>
// The timestamp is Unix seconds of this attempt, so a receiver rejects replays older than its
// tolerance; the id is the event's, the same on every attempt and replay, for dedupe.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_HEADERS = {
  id: 'kefu-webhook-id',
  timestamp: 'kefu-webhook-timestamp',
  signature: 'kefu-webhook-signature',
  event: 'kefu-webhook-event',
  delivery: 'kefu-webhook-delivery',
  attempt: 'kefu-webhook-attempt',
} as const;

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;
}

/** What a receiver does (examples/webhook-receiver does the same): constant-time compare, bounded age. */
export function isWebhookSignatureValid(secret: string, headers: { timestamp: string; signature: string }, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  return headers.signature.split(/\s*,\s*/).some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
