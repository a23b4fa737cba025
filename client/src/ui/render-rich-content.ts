// Buttons, cards and forms of a message (Message.rich), for the widget (answerable) and the
// console (read-only). Links open only http(s) URLs, which the server already enforces.
import type { RichMessageFieldsFragment } from '../generated/graphql.ts';
import { h } from './create-element.ts';

export type RichContent = NonNullable<RichMessageFieldsFragment['rich']>;
type FormFields = Extract<RichContent, { __typename: 'RichForm' }>['fields'];

export interface RichAnswerHandlers {
  /** A tap on a quick reply or a card's postback button. */
  onPostback(label: string, value: string): void;
  /** A form sent: its values by field name, and a readable summary for the message body. */
  onSubmitForm(values: { name: string; value: string }[], summary: string): void;
  submitText: string;
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** Without handlers (the console) the buttons and the form are shown disabled. */
export function renderRichContent(rich: RichContent, handlers?: RichAnswerHandlers): HTMLElement {
  const postbackButton = (label: string, value: string, className: string) =>
    h('button', { type: 'button', class: className, 'data-postback': value, disabled: !handlers, onclick: () => handlers?.onPostback(label, value) }, label);
  if (rich.__typename === 'RichQuickReplies') {
    return h('div', { class: 'suggestions quick-replies' }, ...rich.replies.map((r) => postbackButton(r.label, r.postback, 'quick-reply')));
  }
  if (rich.__typename === 'RichCards') {
    return h(
      'div',
      { class: 'rich-cards' },
      ...rich.cards.map((card) =>
        h(
          'div',
          { class: 'rich-card' },
          card.imageUrl && isHttp(card.imageUrl) ? h('img', { src: card.imageUrl, alt: '', loading: 'lazy' }) : null,
          h('strong', {}, card.title),
          card.text ? h('p', {}, card.text) : null,
          ...card.buttons.map((b) =>
            b.url && isHttp(b.url) ? h('a', { class: 'rich-link', href: b.url, target: '_blank', rel: 'noopener noreferrer' }, b.label) : b.postback ? postbackButton(b.label, b.postback, 'rich-button') : null,
          ),
        ),
      ),
    );
  }
  return renderForm(rich.title ?? null, rich.submitLabel ?? null, rich.fields, handlers);
}

function renderForm(title: string | null, submitLabel: string | null, fields: FormFields, handlers?: RichAnswerHandlers): HTMLElement {
  const inputs = fields.map((field) => {
    const attributes = { name: field.name, required: field.isRequired, disabled: !handlers };
    const control =
      field.type === 'SELECT'
        ? h('select', attributes, h('option', { value: '' }, ''), ...field.options.map((o) => h('option', { value: o }, o)))
        : field.type === 'TEXTAREA'
          ? h('textarea', attributes)
          : h('input', { ...attributes, type: { EMAIL: 'email', PHONE: 'tel', NUMBER: 'number', TEXT: 'text' }[field.type] ?? 'text' });
    return { field, control, row: h('label', { class: 'rich-field' }, h('span', {}, field.label + (field.isRequired ? ' *' : '')), control) };
  });
  const form = h('form', { class: 'rich-form' }, title ? h('strong', {}, title) : null, ...inputs.map((i) => i.row), h('button', { type: 'submit', class: 'primary', disabled: !handlers }, submitLabel ?? handlers?.submitText ?? 'Send'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = inputs.map(({ field, control }) => ({ name: field.name, label: field.label, value: (control as HTMLInputElement).value.trim() })).filter((v) => v.value !== '');
    handlers?.onSubmitForm(
      values.map(({ name, value }) => ({ name, value })),
      values.map((v) => `${v.label}: ${v.value}`).join('\n'),
    );
  });
  return form;
}
