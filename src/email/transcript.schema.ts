import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import { sendTranscript } from './send-transcript.ts';

const SendTranscriptInput = builder.inputType('SendTranscriptInput', {
  description: 'Input of sendTranscript.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation to send.' }),
    email: t.string({ description: 'Send here; a visitor’s own address is kept on their profile. Default: the visitor’s email.' }),
  }),
});

const SendTranscriptPayload = builder.objectRef<{ email: string }>('SendTranscriptPayload').implement({
  description: 'Result of sendTranscript.',
  fields: (t) => ({ email: t.exposeString('email', { description: 'Where the transcript goes.' }) }),
});

builder.mutationField('sendTranscript', (t) =>
  t.field({
    type: SendTranscriptPayload,
    description:
      'Visitors (their own conversation) and staff: email the conversation’s messages to the visitor. The email is queued and retried in the background; EMAIL_NOT_CONFIGURED when the server has no SMTP server.',
    args: { input: t.arg({ type: SendTranscriptInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendTranscript(ctx.deps, ctx.principal, { ...stripNulls(input), conversationId: String(input.conversationId) }),
  }),
);
