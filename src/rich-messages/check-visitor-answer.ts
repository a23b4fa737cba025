// A postback or form submission must answer a rich message of the same conversation that offers
// it: a bot reads `Message.postback` and `Message.formSubmission` as values it defined itself.
import type { Deps } from '../deps.ts';
import { badInput, KefuError } from '../errors.ts';
import { readRichContent, type FormSubmission, type Postback, type RichContent } from './rich-content.ts';

async function findRichMessage(deps: Pick<Deps, 'db'>, conversationId: string, messageId: string): Promise<RichContent> {
  const message = await deps.db.message.findFirst({ where: { id: messageId, conversationId, internal: false }, select: { data: true } });
  if (!message) throw new KefuError('NOT_FOUND', `No message ${messageId} in this conversation; answer a message of the same conversation.`);
  const rich = readRichContent(message.data);
  if (!rich) throw badInput([{ path: 'messageId', message: `Message ${messageId} has no buttons or form to answer.` }]);
  return rich;
}

export function postbacksOf(rich: RichContent): string[] {
  if (rich.type === 'QUICK_REPLIES') return rich.replies.map((r) => r.postback);
  if (rich.type === 'CARDS') return rich.cards.flatMap((c) => c.buttons.flatMap((b) => (b.postback ? [b.postback] : [])));
  return [];
}

export async function checkPostback(deps: Pick<Deps, 'db'>, conversationId: string, postback: Postback): Promise<void> {
  // Without the message it answers, the value could be anything the visitor typed.
  if (!postback.messageId) throw badInput([{ path: 'postback.messageId', message: 'Name the rich message whose button was chosen (messageId).' }]);
  const rich = await findRichMessage(deps, conversationId, postback.messageId);
  if (!postbacksOf(rich).includes(postback.value)) throw badInput([{ path: 'postback.value', message: `"${postback.value}" is not a postback of message ${postback.messageId}; send one of its buttons' values.` }]);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{3,30}$/;

/** Checks the values against the form's fields and returns them in the form's order, blanks dropped. */
export async function checkFormSubmission(deps: Pick<Deps, 'db'>, conversationId: string, submission: FormSubmission): Promise<FormSubmission> {
  const rich = await findRichMessage(deps, conversationId, submission.messageId);
  if (rich.type !== 'FORM') throw badInput([{ path: 'formSubmission.messageId', message: `Message ${submission.messageId} is not a form.` }]);
  const given = new Map(submission.values.map((v) => [v.name, v.value.trim()]));
  const issues: { path: string; message: string }[] = [];
  // A name given twice kept its last value without a word: which one the visitor meant is unknown.
  for (const [i, { name }] of submission.values.entries()) {
    if (submission.values.findIndex((v) => v.name === name) !== i) issues.push({ path: `formSubmission.values.${name}`, message: `"${name}" is given more than once; give each field one value.` });
  }
  for (const name of given.keys()) if (!rich.fields.some((f) => f.name === name)) issues.push({ path: `formSubmission.values.${name}`, message: `The form has no field "${name}".` });
  const values: FormSubmission['values'] = [];
  for (const field of rich.fields) {
    const value = given.get(field.name) ?? '';
    const path = `formSubmission.values.${field.name}`;
    if (!value) {
      if (field.isRequired) issues.push({ path, message: `${field.label} is required.` });
      continue;
    }
    if (field.type === 'EMAIL' && !EMAIL.test(value)) issues.push({ path, message: `${field.label} must be an email address like name@example.com.` });
    if (field.type === 'PHONE' && !PHONE.test(value)) issues.push({ path, message: `${field.label} must be a phone number (digits, spaces, + ( ) -).` });
    if (field.type === 'NUMBER' && !Number.isFinite(Number(value))) issues.push({ path, message: `${field.label} must be a number.` });
    if (field.type === 'SELECT' && !field.options.includes(value)) issues.push({ path, message: `${field.label} must be one of: ${field.options.join(', ')}.` });
    values.push({ name: field.name, value });
  }
  if (issues.length > 0) throw badInput(issues);
  return { messageId: submission.messageId, values };
}
