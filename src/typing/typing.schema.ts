import type { TypingPayload } from '../events/topics.ts';
import { builder } from '../graphql/builder.ts';
import { setTyping, streamTyping } from './typing.ts';

const TypingEventRef = builder.objectRef<TypingPayload>('TypingEvent').implement({
  description:
    'Someone started or stopped typing. Ephemeral and at most once: never stored or replayed. Subscribers on the sender’s server always get it; subscribers on other servers miss it while Redis is unreachable.',
  fields: (t) => ({
    conversationId: t.exposeID('conversationId', { description: 'The conversation.' }),
    participant: t.exposeString('participant', { description: 'Who: "agent:<id>", "visitor:<id>" or "apiKey:<id>".' }),
    participantKind: t.exposeString('participantKind', { description: 'AGENT, VISITOR or BOT.' }),
    isTyping: t.exposeBoolean('isTyping', { description: 'true: typing; false: stopped.' }),
    isInternal: t.exposeBoolean('isInternal', { description: 'Typing an internal note (only staff receive these).' }),
  }),
});

const SetTypingInput = builder.inputType('SetTypingInput', {
  description: 'Input of setTyping.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation.' }),
    isTyping: t.boolean({ required: true, description: 'true when typing starts, false when it stops.' }),
    isInternal: t.boolean({ description: 'Staff typing an internal note: never shown to the visitor. Default false.' }),
  }),
});

builder.mutationField('setTyping', (t) =>
  t.field({
    type: TypingEventRef,
    description:
      'Tell the other side you are (or stopped) typing. Best effort: the answer means the event reached live subscribers on this server and was handed to Redis for the others, not that anyone received it (nothing replays it). Send at most every few seconds, and again while typing continues.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetTypingInput, required: true }) },
    resolve: (_root, { input }, ctx) => setTyping(ctx.deps, ctx.principal, { conversationId: String(input.conversationId), isTyping: input.isTyping, isInternal: input.isInternal ?? false }),
  }),
);

builder.subscriptionField('typingEvents', (t) =>
  t.field({
    type: TypingEventRef,
    description: 'Typing of the other participants of a conversation; visitors never see internal-note typing.',
    authScopes: { signedIn: true },
    args: { conversationId: t.arg.id({ required: true, description: 'The conversation.' }) },
    subscribe: (_root, args, ctx) => streamTyping(ctx.deps, ctx.principal, String(args.conversationId)),
    resolve: (e) => e,
  }),
);
