// The size limit of every text stored as a message (a sent message, a left message, a transfer
// note, a canned reply that will be sent): limits.messageMaxBytes in UTF-8 bytes, not characters,
// so 16 KB of Chinese is 5,461 characters, and the refusal names both sizes.
import { z } from 'zod';
import { formatOverLimit, KefuError } from '../errors.ts';
import { badInputOf } from '../validation.ts';

/** A message text within `maxBytes`; a longer one is a custom issue with `params.tooLarge`. */
export function messageBodySchema(maxBytes: number) {
  return z.string().superRefine((body, ctx) => {
    const bytes = Buffer.byteLength(body);
    if (bytes <= maxBytes) return;
    const over = formatOverLimit(bytes, maxBytes);
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Message is ${over.size}; the limit is ${over.limit}.`, params: { tooLarge: true } });
  });
}

/**
 * parseInput for an input with a message text (`messageBodySchema`): a text over the limit is
 * MESSAGE_TOO_LARGE with `maxBytes`, as clients show it in the visitor's language; anything else
 * is BAD_USER_INPUT naming each field.
 */
export function parseMessageInput<S extends z.ZodTypeAny>(schema: S, input: unknown, maxBytes: number): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const tooLarge = result.error.issues.find((i) => i.code === 'custom' && (i.params as { tooLarge?: boolean } | undefined)?.tooLarge);
  if (tooLarge) throw new KefuError('MESSAGE_TOO_LARGE', tooLarge.message, { maxBytes });
  throw badInputOf(result.error);
}
