// The typed rich content of a message (Message.rich, Message.postback, Message.formSubmission)
// and the inputs sendMessage takes for it.
import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { readFormSubmission, readPostback, readRichContent, RICH_LIMITS as L, type Card, type CardButton, type FormField, type FormSubmission, type Postback, type QuickReply, type RichContent } from './rich-content.ts';

type Of<T extends RichContent['type']> = Extract<RichContent, { type: T }>;

const QuickReplyRef = builder.objectRef<QuickReply>('RichQuickReply').implement({
  description: 'A button the visitor taps; their answer is a message with this postback.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'What the button says.' }),
    postback: t.exposeString('postback', { description: 'The value sent back when it is chosen.' }),
  }),
});

const CardButtonRef = builder.objectRef<CardButton>('RichCardButton').implement({
  description: 'A card button: a link (url) or an answer (postback).',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'What the button says.' }),
    url: t.exposeString('url', { nullable: true, description: 'http(s) link opened in a new tab.' }),
    postback: t.exposeString('postback', { nullable: true, description: 'The value sent back when it is chosen.' }),
  }),
});

const CardRef = builder.objectRef<Card>('RichCard').implement({
  description: 'A card: title, text, image and buttons.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Heading.' }),
    text: t.exposeString('text', { nullable: true, description: 'Body text.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'http(s) image URL.' }),
    buttons: t.field({ type: [CardButtonRef], description: `At most ${L.cardButtons} buttons.`, resolve: (c) => c.buttons }),
  }),
});

const FormFieldTypeEnum = builder.enumType('RichFormFieldType', {
  description: 'The kind of value a form field takes; the server checks it on submit.',
  values: {
    TEXT: { description: 'One line of text.' },
    TEXTAREA: { description: 'Several lines of text.' },
    EMAIL: { description: 'An email address.' },
    PHONE: { description: 'A phone number.' },
    NUMBER: { description: 'A number.' },
    SELECT: { description: 'One of the options.' },
  },
});

const FormFieldRef = builder.objectRef<FormField>('RichFormField').implement({
  description: 'One field of a form.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Key of the value in the submission.' }),
    label: t.exposeString('label', { description: 'What the field asks.' }),
    type: t.field({ type: FormFieldTypeEnum, description: 'Kind of value.', resolve: (f) => f.type }),
    isRequired: t.exposeBoolean('isRequired', { description: 'The form cannot be sent without it.' }),
    options: t.exposeStringList('options', { description: 'Choices of a SELECT field.' }),
  }),
});

const QuickRepliesRef = builder.objectRef<Of<'QUICK_REPLIES'>>('RichQuickReplies').implement({
  description: 'Quick replies: buttons with a postback value.',
  fields: (t) => ({ replies: t.field({ type: [QuickReplyRef], description: `1–${L.quickReplies} buttons.`, resolve: (r) => r.replies }) }),
});

const CardsRef = builder.objectRef<Of<'CARDS'>>('RichCards').implement({
  description: 'One or more cards (a carousel).',
  fields: (t) => ({ cards: t.field({ type: [CardRef], description: `1–${L.cards} cards.`, resolve: (r) => r.cards }) }),
});

const FormRef = builder.objectRef<Of<'FORM'>>('RichForm').implement({
  description: 'A form; the visitor answers with a formSubmission.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Heading.' }),
    submitLabel: t.exposeString('submitLabel', { nullable: true, description: 'Text of the submit button.' }),
    fields: t.field({ type: [FormFieldRef], description: `1–${L.formFields} fields.`, resolve: (r) => r.fields }),
  }),
});

const BY_TYPE = { QUICK_REPLIES: QuickRepliesRef, CARDS: CardsRef, FORM: FormRef } as const;

const RichContentUnion = builder.unionType('RichContent', {
  description: 'Buttons, cards or a form sent with a message.',
  types: Object.values(BY_TYPE),
  resolveType: (rich) => BY_TYPE[(rich as RichContent).type],
});

const PostbackRef = builder.objectRef<Postback>('Postback').implement({
  description: 'The button a visitor chose.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The postback of the chosen button.' }),
    messageId: t.exposeID('messageId', { nullable: true, description: 'The rich message it answers.' }),
  }),
});

const FormValueRef = builder.objectRef<FormSubmission['values'][number]>('RichFormValue').implement({
  description: 'One answered form field.',
  fields: (t) => ({ name: t.exposeString('name', { description: 'Field name.' }), value: t.exposeString('value', { description: 'What was entered.' }) }),
});

const FormSubmissionRef = builder.objectRef<FormSubmission>('RichFormSubmission').implement({
  description: 'The values a visitor submitted in a form, checked against its fields.',
  fields: (t) => ({
    messageId: t.exposeID('messageId', { description: 'The form message it answers.' }),
    values: t.field({ type: [FormValueRef], description: 'Non-empty values, in the form’s order.', resolve: (s) => s.values }),
  }),
});

builder.objectFields(MessageRef, (t) => ({
  rich: t.field({ type: RichContentUnion, nullable: true, description: 'Buttons, cards or a form to render (the body is the plain-text fallback).', resolve: (m) => readRichContent(m.data) as never }),
  postback: t.field({ type: PostbackRef, nullable: true, description: 'The button this message chose, when it answers quick replies or a card.', resolve: (m) => readPostback(m.data) }),
  formSubmission: t.field({ type: FormSubmissionRef, nullable: true, description: 'The form values this message submits.', resolve: (m) => readFormSubmission(m.data) }),
}));

const QuickReplyInput = builder.inputType('RichQuickReplyInput', {
  description: 'A quick reply button.',
  fields: (t) => ({
    label: t.string({ required: true, description: `Button text, at most ${L.labelLength} characters.` }),
    postback: t.string({ required: true, description: `Value sent back, at most ${L.postbackLength} characters.` }),
  }),
});

const CardButtonInput = builder.inputType('RichCardButtonInput', {
  description: 'A card button: give url (a link) or postback (an answer).',
  fields: (t) => ({
    label: t.string({ required: true, description: `Button text, at most ${L.labelLength} characters.` }),
    url: t.string({ description: 'http:// or https:// link.' }),
    postback: t.string({ description: 'Value sent back.' }),
  }),
});

const CardInput = builder.inputType('RichCardInput', {
  description: 'A card.',
  fields: (t) => ({
    title: t.string({ required: true, description: `At most ${L.titleLength} characters.` }),
    text: t.string({ description: `At most ${L.textLength} characters.` }),
    imageUrl: t.string({ description: 'http:// or https:// image URL.' }),
    buttons: t.field({ type: [CardButtonInput], description: `At most ${L.cardButtons}.` }),
  }),
});

const FormFieldInput = builder.inputType('RichFormFieldInput', {
  description: 'A form field.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Key in the submission: a letter, then letters, digits or _.' }),
    label: t.string({ required: true, description: 'What the field asks.' }),
    type: t.field({ type: FormFieldTypeEnum, required: true, description: 'Kind of value.' }),
    isRequired: t.boolean({ description: 'Defaults to false.' }),
    options: t.stringList({ description: `SELECT only: 1–${L.selectOptions} choices.` }),
  }),
});

const FormInput = builder.inputType('RichFormInput', {
  description: 'A form.',
  fields: (t) => ({
    title: t.string({ description: 'Heading.' }),
    submitLabel: t.string({ description: 'Text of the submit button.' }),
    fields: t.field({ type: [FormFieldInput], required: true, description: `1–${L.formFields} fields with unique names.` }),
  }),
});

export const RichContentInput = builder.inputType('RichContentInput', {
  description: 'Rich content of a message: exactly one of quickReplies, cards or form. Agents and bots only.',
  fields: (t) => ({
    quickReplies: t.field({ type: [QuickReplyInput], description: `1–${L.quickReplies} buttons.` }),
    cards: t.field({ type: [CardInput], description: `1–${L.cards} cards.` }),
    form: t.field({ type: FormInput, description: 'A form.' }),
  }),
});

export const PostbackInput = builder.inputType('PostbackInput', {
  description: 'The button a visitor chose.',
  fields: (t) => ({
    value: t.string({ required: true, description: 'The button’s postback.' }),
    messageId: t.id({ required: true, description: 'The rich message it answers; value must be one of its postbacks.' }),
  }),
});

const FormValueInput = builder.inputType('RichFormValueInput', {
  description: 'One form value.',
  fields: (t) => ({ name: t.string({ required: true, description: 'Field name.' }), value: t.string({ required: true, description: `At most ${L.formValueLength} characters.` }) }),
});

export const FormSubmissionInput = builder.inputType('RichFormSubmissionInput', {
  description: 'Values for a form message.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The form message.' }),
    values: t.field({ type: [FormValueInput], required: true, description: 'One value per field; required fields must be non-empty.' }),
  }),
});
