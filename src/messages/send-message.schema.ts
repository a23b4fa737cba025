import { builder } from '../graphql/builder.ts';
import type { Message } from '../storage/models.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import { sendMessage } from './send-message.ts';
import { FormSubmissionInput, PostbackInput, RichContentInput } from '../rich-messages/rich-content.schema.ts';

const SendMessageInput = builder.inputType('SendMessageInput', {
  description: 'Input of sendMessage.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation to send to.' }),
    body: t.string({ description: 'Text, at most limits.messageMaxBytes UTF-8 bytes (16 KB by default); may be left out when attachmentIds has files.' }),
    clientMessageId: t.string({ required: true, description: 'Client-generated id (a UUID): a retry with the same id returns the original message.' }),
    internal: t.boolean({ description: 'Staff only: an internal note, invisible to the visitor.' }),
    rich: t.field({ type: RichContentInput, description: 'Agents and bots: buttons, cards or a form; body is the plain-text fallback.' }),
    postback: t.field({ type: PostbackInput, description: 'The button the visitor chose; body is its label.' }),
    formSubmission: t.field({ type: FormSubmissionInput, description: 'The values of a form; body is a readable summary.' }),
    attachmentIds: t.idList({ description: 'Files uploaded to this conversation with uploadAttachment and not sent yet (at most attachments.maxPerMessage).' }),
  }),
});

const SendMessagePayload = builder.objectRef<{ message: Message; isDuplicate: boolean }>('SendMessagePayload').implement({
  description: 'Result of sendMessage.',
  fields: (t) => ({
    message: t.field({ type: MessageRef, description: 'The stored message (the original one for a retry).', resolve: (p) => p.message }),
    isDuplicate: t.exposeBoolean('isDuplicate', { description: 'True when this was a retry of an already stored message.' }),
  }),
});

builder.mutationField('sendMessage', (t) =>
  t.field({
    type: SendMessagePayload,
    description: 'Sends a message. When this returns, the message is stored with its seq and will reach every subscriber.',
    args: { input: t.arg({ type: SendMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendMessage(ctx.deps, ctx.principal, { ...input, body: input.body ?? '', internal: input.internal ?? false, attachmentIds: (input.attachmentIds ?? []).map(String) }),
  }),
);
