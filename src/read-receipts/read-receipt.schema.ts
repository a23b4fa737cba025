import type { ReadReceiptPayload } from '../events/topics.ts';
import { builder } from '../graphql/builder.ts';
import { markConversationRead, streamReadReceipts } from './read-receipts.ts';

const ReadReceiptRef = builder.objectRef<ReadReceiptPayload>('ReadReceipt').implement({
  description: 'How far one participant has read a conversation.',
  fields: (t) => ({
    conversationId: t.exposeID('conversationId', { description: 'The conversation.' }),
    participant: t.exposeString('participant', { description: 'Who: "agent:<id>", "visitor:<id>" or "apiKey:<id>".' }),
    lastReadSeq: t.exposeInt('lastReadSeq', { description: 'seq of the last event they have seen.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last moved.' }),
  }),
});

const MarkConversationReadInput = builder.inputType('MarkConversationReadInput', {
  description: 'Input of markConversationRead.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'The conversation.' }),
    seq: t.int({ required: true, description: 'seq of the last event shown; a lower value than before is ignored.' }),
  }),
});

builder.mutationField('markConversationRead', (t) =>
  t.field({
    type: ReadReceiptRef,
    description: 'Record that the caller has read up to seq.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: MarkConversationReadInput, required: true }) },
    resolve: (_root, { input }, ctx) => markConversationRead(ctx.deps, ctx.principal, { conversationId: String(input.conversationId), seq: input.seq }),
  }),
);

builder.subscriptionField('readReceipts', (t) =>
  t.field({
    type: ReadReceiptRef,
    description: 'Every participant’s read position now, then each change.',
    authScopes: { signedIn: true },
    args: { conversationId: t.arg.id({ required: true, description: 'The conversation.' }) },
    subscribe: (_root, args, ctx) => streamReadReceipts(ctx.deps, ctx.principal, String(args.conversationId)),
    resolve: (e) => e,
  }),
);
