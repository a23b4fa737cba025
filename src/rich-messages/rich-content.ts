// Rich messages (issue 14): buttons, cards and forms that a bot or agent sends, and the visitor's
// typed answer to them (a postback or a form's values). They travel in Message.data beside the
// body, which stays a plain-text fallback for clients that render text only.
import { z } from 'zod';

export interface QuickReply {
  label: string;
  postback: string;
}
/** A card button either opens a link or answers with a postback, never both. */
export interface CardButton {
  label: string;
  url: string | null;
  postback: string | null;
}
export interface Card {
  title: string;
  text: string | null;
  imageUrl: string | null;
  buttons: CardButton[];
}
export type FormFieldType = 'TEXT' | 'TEXTAREA' | 'EMAIL' | 'PHONE' | 'NUMBER' | 'SELECT';
export interface FormField {
  name: string;
  label: string;
  type: FormFieldType;
  isRequired: boolean;
  options: string[];
}
export type RichContent =
  | { type: 'QUICK_REPLIES'; replies: QuickReply[] }
  | { type: 'CARDS'; cards: Card[] }
  | { type: 'FORM'; title: string | null; submitLabel: string | null; fields: FormField[] };

/** The visitor picked a button: `value` is its postback, `messageId` the rich message it belongs to. */
export interface Postback {
  value: string;
  messageId: string | null;
}
export interface FormSubmission {
  messageId: string;
  values: { name: string; value: string }[];
}

/** Counts and lengths of rich content; the whole message (body + content) also obeys limits.messageMaxBytes. */
export const RICH_LIMITS = {
  quickReplies: 10,
  cards: 10,
  cardButtons: 3,
  formFields: 10,
  selectOptions: 20,
  labelLength: 80,
  titleLength: 80,
  textLength: 500,
  postbackLength: 256,
  urlLength: 2000,
  formValueLength: 1000,
} as const;

const L = RICH_LIMITS;
const text = (what: string, max: number) => z.string().trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`);
const optionalText = (what: string, max: number) => text(what, max).nullish().transform((v) => v ?? null);
const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(L.urlLength, `${what} is longer than ${L.urlLength} characters`)
    .refine((value) => /^https?:$/.test(safeProtocol(value)), `${what} must be an absolute http:// or https:// URL`);

function safeProtocol(value: string): string {
  return URL.canParse(value) ? new URL(value).protocol : '';
}

const quickReplySchema = z.object({ label: text('A quick reply label', L.labelLength), postback: text('A postback value', L.postbackLength) });

const cardButtonSchema = z
  .object({ label: text('A button label', L.labelLength), url: httpUrl('A button url').nullish(), postback: text('A postback value', L.postbackLength).nullish() })
  .refine((b) => Boolean(b.url) !== Boolean(b.postback), 'A card button needs either a url (a link) or a postback (an answer), not both')
  .transform((b) => ({ label: b.label, url: b.url ?? null, postback: b.postback ?? null }));

const cardSchema = z.object({
  title: text('A card title', L.titleLength),
  text: optionalText('A card text', L.textLength),
  imageUrl: httpUrl('A card imageUrl').nullish().transform((v) => v ?? null),
  buttons: z.array(cardButtonSchema).max(L.cardButtons, `A card has at most ${L.cardButtons} buttons`).default([]),
});

const formFieldSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'A form field name is 1–40 letters, digits or _, starting with a letter'),
    label: text('A form field label', L.titleLength),
    type: z.enum(['TEXT', 'TEXTAREA', 'EMAIL', 'PHONE', 'NUMBER', 'SELECT']),
    isRequired: z.boolean().default(false),
    options: z.array(text('A select option', L.titleLength)).max(L.selectOptions, `A SELECT field has at most ${L.selectOptions} options`).default([]),
  })
  .refine((f) => (f.type === 'SELECT') === f.options.length > 0, 'A SELECT field needs options, and only SELECT fields take options');

/** Input of rich content: exactly one of quickReplies, cards or form. */
export const richContentInputSchema = z
  .object({
    quickReplies: z.array(quickReplySchema).min(1, 'Give at least one quick reply').max(L.quickReplies, `Send at most ${L.quickReplies} quick replies`).nullish(),
    cards: z.array(cardSchema).min(1, 'Give at least one card').max(L.cards, `Send at most ${L.cards} cards`).nullish(),
    form: z
      .object({
        title: optionalText('A form title', L.titleLength),
        submitLabel: optionalText('A submit label', L.labelLength),
        fields: z.array(formFieldSchema).min(1, 'A form needs at least one field').max(L.formFields, `A form has at most ${L.formFields} fields`),
      })
      .refine((f) => new Set(f.fields.map((x) => x.name)).size === f.fields.length, 'Form field names must be unique')
      .nullish(),
  })
  .refine((r) => [r.quickReplies, r.cards, r.form].filter(Boolean).length === 1, 'Give exactly one of quickReplies, cards or form')
  .transform((r): RichContent => {
    if (r.quickReplies) return { type: 'QUICK_REPLIES', replies: r.quickReplies };
    if (r.cards) return { type: 'CARDS', cards: r.cards };
    return { type: 'FORM', ...r.form! };
  });

export const postbackInputSchema = z.object({
  value: text('The postback value', L.postbackLength),
  messageId: z.string().min(1).max(100),
});

export const formSubmissionInputSchema = z.object({
  messageId: z.string().min(1).max(100),
  values: z
    .array(z.object({ name: z.string().min(1).max(40), value: z.string().max(L.formValueLength, `A form value is longer than ${L.formValueLength} characters`) }))
    .max(L.formFields, `A form has at most ${L.formFields} fields`),
});

/** Quick replies whose label is also the postback (the built-in bot's "did you mean" questions). */
export function quickRepliesOf(labels: string[]): RichContent {
  return { type: 'QUICK_REPLIES', replies: labels.slice(0, L.quickReplies).map((label) => ({ label, postback: label.slice(0, L.postbackLength) })) };
}

export function readRichContent(data: unknown): RichContent | null {
  const rich = (data as { rich?: RichContent } | null)?.rich;
  return rich && typeof rich === 'object' && 'type' in rich ? rich : null;
}

export function readPostback(data: unknown): Postback | null {
  const postback = (data as { postback?: Postback } | null)?.postback;
  return postback && typeof postback.value === 'string' ? postback : null;
}

export function readFormSubmission(data: unknown): FormSubmission | null {
  const submission = (data as { formSubmission?: FormSubmission } | null)?.formSubmission;
  return submission && Array.isArray(submission.values) ? submission : null;
}
