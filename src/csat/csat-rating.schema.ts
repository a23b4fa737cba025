import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { CsatRating } from '../storage/models.ts';
import { rateConversation } from './rate-conversation.ts';

const CsatRatingRef = builder.prismaObject('CsatRating', {
  description: 'The visitor’s satisfaction rating of a resolved conversation.',
  fields: (t) => ({
    score: t.exposeInt('score', { description: '1 (bad) to 5 (great).' }),
    comment: t.exposeString('comment', { nullable: true, description: 'Optional comment.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was given.' }),
  }),
});

builder.prismaObjectFields('Conversation', (t) => ({
  csat: t.relation('csat', { nullable: true, description: 'The visitor’s rating, once given.' }),
}));

const RateConversationInput = builder.inputType('RateConversationInput', {
  description: 'Input of rateConversation.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'A resolved conversation of yours.' }),
    score: t.int({ required: true, description: '1 to 5.' }),
    comment: t.string({ description: 'Optional comment.' }),
  }),
});

const RateConversationPayload = builder.objectRef<{ rating: CsatRating }>('RateConversationPayload').implement({
  description: 'Result of rateConversation.',
  fields: (t) => ({ rating: t.field({ type: CsatRatingRef, description: 'The stored rating.', resolve: (p) => p.rating }) }),
});

builder.mutationField('rateConversation', (t) =>
  t.field({
    type: RateConversationPayload,
    description: 'Visitors: rate a resolved conversation 1–5 with an optional comment; once per conversation.',
    authScopes: { visitor: true },
    args: { input: t.arg({ type: RateConversationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ rating: await rateConversation(ctx.deps, ctx.principal, { ...stripNulls(input), conversationId: String(input.conversationId) }) }),
  }),
);
