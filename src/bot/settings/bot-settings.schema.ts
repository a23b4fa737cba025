import { requireStaff } from '../../auth/access.ts';
import { builder } from '../../graphql/builder.ts';
import { readBotSettings, updateBotSettings, type BotSettings, type DefaultReplyColumns } from './bot-settings.ts';

type BotSettingsView = BotSettings & DefaultReplyColumns;

const BotAnswerLanguageEnum = builder.enumType('BotAnswerLanguage', {
  description: 'Language of bot replies.',
  values: {
    AUTO: { value: 'auto', description: 'Follow the conversation: the message’s language, else the language so far.' },
    ZH: { value: 'zh', description: 'Always Chinese.' },
    EN: { value: 'en', description: 'Always English.' },
  },
});

const BotSettingsRef = builder.objectRef<BotSettingsView>('BotSettings').implement({
  description: 'The workspace’s bot settings in effect: its own values over the server defaults.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether the bot answers visitors (off also when the server turns the bot off).' }),
    defaultReply: t.exposeString('defaultReply', { nullable: true, description: 'Sent when nothing matches, in either language unless defaultReplyZh or defaultReplyEn is set for it; null uses the built-in “please rephrase” text.' }),
    defaultReplyZh: t.exposeString('defaultReplyZh', { nullable: true, description: 'Sent when nothing matches a message in Chinese (the reply language); null falls back to defaultReply.' }),
    defaultReplyEn: t.exposeString('defaultReplyEn', { nullable: true, description: 'Sent when nothing matches a message in English (the reply language); null falls back to defaultReply.' }),
    minIntentConfidence: t.exposeFloat('minIntentConfidence', { description: 'Lowest intent probability that routes a message to its linked entries or enabled answer.' }),
    minIntentMargin: t.exposeFloat('minIntentMargin', { description: 'Lowest gap between the top two intents that routes a message.' }),
    knowledgeAnswerThreshold: t.exposeFloat('knowledgeAnswerThreshold', { description: 'Lowest match score (0–1) at which the best entry answers directly.' }),
    knowledgeAnswerMargin: t.exposeFloat('knowledgeAnswerMargin', { description: 'Lowest lead of the best entry over the next one to answer directly; closer entries are suggested.' }),
    suggestionThreshold: t.exposeFloat('suggestionThreshold', { description: 'Lowest match score offered as a “did you mean” suggestion.' }),
    fallbacksBeforeHandoff: t.exposeInt('fallbacksBeforeHandoff', { description: 'Fallback replies in a row after which the visitor goes to a person.' }),
    answerLanguage: t.field({ type: BotAnswerLanguageEnum, description: 'Language of replies.', resolve: (s) => s.answerLanguage }),
  }),
});

builder.queryField('botSettings', (t) =>
  t.field({
    type: BotSettingsRef,
    description: 'Staff: the workspace’s bot settings in effect.',
    resolve: (_root, _args, ctx) => readBotSettings(ctx.deps, requireStaff(ctx.principal).workspaceId),
  }),
);

const UpdateBotSettingsInput = builder.inputType('UpdateBotSettingsInput', {
  description: 'Input of updateBotSettings: a value sets a key, null returns it to the server default, an omitted key stays.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Let the bot answer visitors first.' }),
    defaultReply: t.string({ description: 'Reply when nothing matches, in either language (null: the built-in text).' }),
    defaultReplyZh: t.string({ description: 'Reply when nothing matches, for Chinese (null: defaultReply).' }),
    defaultReplyEn: t.string({ description: 'Reply when nothing matches, for English (null: defaultReply).' }),
    minIntentConfidence: t.float({ description: '0–1.' }),
    minIntentMargin: t.float({ description: '0–1.' }),
    knowledgeAnswerThreshold: t.float({ description: '0–1.' }),
    knowledgeAnswerMargin: t.float({ description: '0–1.' }),
    suggestionThreshold: t.float({ description: '0–1.' }),
    fallbacksBeforeHandoff: t.int({ description: '1–10.' }),
    answerLanguage: t.field({ type: BotAnswerLanguageEnum, description: 'Language of replies.' }),
  }),
});

const UpdateBotSettingsPayload = builder.objectRef<{ settings: BotSettingsView }>('UpdateBotSettingsPayload').implement({
  description: 'Result of updateBotSettings; every server process uses the settings for the next message.',
  fields: (t) => ({ settings: t.field({ type: BotSettingsRef, description: 'The settings in effect now.', resolve: (p) => p.settings }) }),
});

builder.mutationField('updateBotSettings', (t) =>
  t.field({
    type: UpdateBotSettingsPayload,
    description: 'Admins: change the workspace’s bot settings.',
    args: { input: t.arg({ type: UpdateBotSettingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ settings: await updateBotSettings(ctx.deps, ctx.principal, input) }),
  }),
);
