// The size limit of every text stored as a message (a sent message, a left message, a transfer
// note, a canned reply that will be sent): limits.messageMaxBytes in UTF-8 bytes, not characters,
// so 16 KB of Chinese is 5,461 characters, and the refusal names both sizes.
import { z } from 'zod';
import { formatOverLimit } from '../errors.ts';

/** A message text within `maxBytes`; a longer one is a custom issue with `params.tooLarge`. */
export function messageBodySchema(maxBytes: number) {
  return z.string().superRefine((body, ctx) => {
    const bytes = Buffer.byteLength(body);
    if (bytes <= maxBytes) return;
    const over = formatOverLimit(bytes, maxBytes);
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Message is ${over.size}; the limit is ${over.limit}.`, params: { tooLarge: true } });
  });
}
