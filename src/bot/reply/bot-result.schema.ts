import { builder } from '../../graphql/builder.ts';
import { MessageRef } from '../../conversation-log/message.schema.ts';
import { readBotResult, type BotResult, type BotSuggestion } from './bot-result.ts';

type Of<T extends BotResult['type']> = Extract<BotResult, { type: T }>;

export const BotResultSourceEnum = builder.enumType('BotResultSource', {
  description: 'What produced a bot reply.',
  values: {
    INTENT_MODEL: { description: 'The intent classifier.' },
    KNOWLEDGE_BASE: { description: 'The knowledge base (FAQ) search.' },
    WORKSPACE_DEFAULT: { description: 'The workspace’s default reply.' },
    RULE: { description: 'A fixed rule, e.g. the visitor typed “人工” or “agent”.' },
  },
});

const confidence = { description: 'How sure the bot was, 0–1.' } as const;

const BotSuggestionRef = builder.objectRef<BotSuggestion>('BotSuggestion').implement({
  description: 'A “did you mean” question the visitor can pick (send its text as the next message).',
  fields: (t) => ({
    knowledgeEntryId: t.exposeID('knowledgeEntryId', { description: 'The knowledge entry.' }),
    question: t.exposeString('question', { description: 'The question to show.' }),
    score: t.exposeFloat('score', { description: 'Similarity, 0–1.' }),
  }),
});

const IntentAnswer = builder.objectRef<Of<'INTENT_ANSWER'>>('BotIntentAnswer').implement({
  description: 'The bot recognised an intent and gave its answer.',
  fields: (t) => ({
    intent: t.exposeString('intent', { description: 'The recognised intent.' }),
    confidence: t.exposeFloat('confidence', confidence),
    source: t.field({ type: BotResultSourceEnum, description: 'INTENT_MODEL.', resolve: (r) => r.source }),
  }),
});

const SmallTalk = builder.objectRef<Of<'SMALL_TALK'>>('BotSmallTalk').implement({
  description:
    'A greeting, thanks or goodbye, answered in Kefu’s own neutral words (no facts about the workspace) because the workspace has no answer of its own for it. Not a fallback: it neither counts toward nor resets fallbacksBeforeHandoff.',
  fields: (t) => ({
    intent: t.exposeString('intent', { description: 'greeting, thanks or goodbye.' }),
    confidence: t.exposeFloat('confidence', confidence),
    source: t.field({ type: BotResultSourceEnum, description: 'INTENT_MODEL.', resolve: (r) => r.source }),
  }),
});

const KnowledgeAnswer = builder.objectRef<Of<'KNOWLEDGE_ANSWER'>>('BotKnowledgeAnswer').implement({
  description: 'The bot answered from the knowledge base.',
  fields: (t) => ({
    knowledgeEntryId: t.exposeID('knowledgeEntryId', { description: 'The entry answered with.' }),
    question: t.exposeString('question', { description: 'The entry’s question.' }),
    confidence: t.exposeFloat('confidence', confidence),
    source: t.field({ type: BotResultSourceEnum, description: 'KNOWLEDGE_BASE.', resolve: (r) => r.source }),
  }),
});

const Suggestions = builder.objectRef<Of<'SUGGESTIONS'>>('BotSuggestions').implement({
  description: 'The bot was unsure and offers similar questions.',
  fields: (t) => ({
    suggestions: t.field({ type: [BotSuggestionRef], description: 'Best first.', resolve: (r) => r.suggestions }),
    confidence: t.exposeFloat('confidence', confidence),
    source: t.field({ type: BotResultSourceEnum, description: 'KNOWLEDGE_BASE.', resolve: (r) => r.source }),
  }),
});

const DefaultReply = builder.objectRef<Of<'DEFAULT_REPLY'>>('BotDefaultReply').implement({
  description: 'Nothing matched; the bot sent the default reply.',
  fields: (t) => ({
    confidence: t.exposeFloat('confidence', confidence),
    source: t.field({ type: BotResultSourceEnum, description: 'WORKSPACE_DEFAULT.', resolve: (r) => r.source }),
  }),
});

export const BotHandoffReasonEnum = builder.enumType('BotHandoffReason', {
  description: 'Why the bot handed the visitor to a person.',
  values: {
    REQUESTED: { description: 'The visitor asked for a person.' },
    REPEATED_FALLBACK: { description: 'The bot could not answer several times in a row.' },
  },
});

const Handoff = builder.objectRef<Of<'HANDOFF'>>('BotHandoff').implement({
  description: 'The bot handed the conversation to the routing queue.',
  fields: (t) => ({
    reason: t.field({ type: BotHandoffReasonEnum, description: 'Why.', resolve: (r) => r.reason }),
    confidence: t.exposeFloat('confidence', confidence),
    source: t.field({ type: BotResultSourceEnum, description: 'INTENT_MODEL or RULE.', resolve: (r) => r.source }),
  }),
});

const BY_TYPE = { INTENT_ANSWER: IntentAnswer, SMALL_TALK: SmallTalk, KNOWLEDGE_ANSWER: KnowledgeAnswer, SUGGESTIONS: Suggestions, DEFAULT_REPLY: DefaultReply, HANDOFF: Handoff } as const;

export const BotResultUnion = builder.unionType('BotResult', {
  description: 'What the bot decided for a visitor message, with its confidence and source.',
  types: Object.values(BY_TYPE),
  resolveType: (result) => BY_TYPE[(result as BotResult).type],
});

builder.objectField(MessageRef, 'botResult', (t) =>
  t.field({
    type: BotResultUnion,
    nullable: true,
    description: 'For bot replies: the bot’s decision (render suggestions as clickable chips).',
    resolve: (message) => readBotResult(message.data) as never,
  }),
);
