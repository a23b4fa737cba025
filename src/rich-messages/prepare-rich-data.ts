// The rich parts of one sendMessage, checked and turned into the message's `data`: who may send
// what, one part per message, the answered message, and the size of body + parts together.
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { formatOverLimit, KefuError } from '../errors.ts';
import { checkFormSubmission, checkPostback } from './check-visitor-answer.ts';
import type { FormSubmission, Postback, RichContent } from './rich-content.ts';

export interface RichParts {
  rich?: RichContent | null;
  postback?: Postback | null;
  formSubmission?: FormSubmission | null;
}

export type RichData = { rich: RichContent } | { postback: Postback } | { formSubmission: FormSubmission };

export async function prepareRichData(
  deps: Pick<Deps, 'db' | 'config'>,
  caller: Principal,
  conversationId: string,
  message: RichParts & { body: string; internal: boolean },
): Promise<RichData | undefined> {
  const parts = [message.rich, message.postback, message.formSubmission].filter(Boolean).length;
  if (parts === 0) return undefined;
  if (parts > 1) throw new KefuError('BAD_USER_INPUT', 'A message carries at most one of rich, postback or formSubmission; send them as separate messages.');
  if (message.internal) throw new KefuError('BAD_USER_INPUT', 'Internal notes cannot carry rich content or answers; send without internal: true.');
  let data: RichData;
  if (message.rich) {
    if (caller.kind === 'visitor') throw new KefuError('FORBIDDEN', 'Only agents and bots send buttons, cards and forms; a visitor answers them with postback or formSubmission.');
    data = { rich: message.rich };
  } else if (caller.kind !== 'visitor') {
    // A bot reads a postback or form submission as the visitor's own choice.
    throw new KefuError('FORBIDDEN', 'Only visitors answer buttons and forms (postback, formSubmission); agents and bots send them with rich.');
  } else if (message.postback) {
    await checkPostback(deps, conversationId, message.postback);
    data = { postback: message.postback };
  } else {
    data = { formSubmission: await checkFormSubmission(deps, conversationId, message.formSubmission!) };
  }
  const maxBytes = deps.config.limits.messageMaxBytes;
  const bytes = Buffer.byteLength(message.body) + Buffer.byteLength(JSON.stringify(data));
  if (bytes > maxBytes) {
    const over = formatOverLimit(bytes, maxBytes);
    throw new KefuError('MESSAGE_TOO_LARGE', `Message with its rich content is ${over.size}; the limit is ${over.limit}.`, { maxBytes });
  }
  return data;
}
