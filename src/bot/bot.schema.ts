import { requireStaff } from '../auth/access.ts';
import { badInput } from '../errors.ts';
import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { BotIntent, BotModel } from '../storage/models.ts';
import { BotResultUnion } from './reply/bot-result.schema.ts';
import type { BotResult } from './reply/bot-result.ts';
import { decideBotReply, NEW_CONVERSATION } from './reply/decide-bot-reply.ts';
import { toSimplifiedChinese } from '../knowledge/normalize-for-matching.ts';
import { deleteBotIntent, saveBotIntent } from './settings/manage-bot-intents.ts';
import { trainBot } from './train-workspace-bot.ts';

interface BotPreview {
  body: string;
  language: 'zh' | 'en';
  result: BotResult;
  intents: { intent: string; confidence: number }[];
  entries: RankedEntry[];
}

type RankedEntry = { knowledgeEntryId: string; question: string; score: number };

/** Entries shown by botPreview: enough to see the runner-up behind a "did you mean". */
const PREVIEW_ENTRIES = 5;

const RankedEntryRef = builder.objectRef<RankedEntry>('RankedEntry').implement({
  description: 'A knowledge entry and its match score for the previewed message.',
  fields: (t) => ({
    knowledgeEntryId: t.exposeID('knowledgeEntryId', { description: 'The entry.' }),
    question: t.exposeString('question', { description: 'The entry’s question.' }),
    score: t.exposeFloat('score', { description: 'Blended match score, 0–1 (compare with the knowledge thresholds in botSettings).' }),
  }),
});

const RankedIntentRef = builder.objectRef<{ intent: string; confidence: number }>('RankedIntent').implement({
  description: 'An intent and the model’s probability for it.',
  fields: (t) => ({
    intent: t.exposeString('intent', { description: 'Intent name.' }),
    confidence: t.exposeFloat('confidence', { description: 'Probability, 0–1.' }),
  }),
});

const BotPreviewRef = builder.objectRef<BotPreview>('BotPreview').implement({
  description: 'What the bot would answer, without sending anything.',
  fields: (t) => ({
    body: t.exposeString('body', { description: 'The reply text.' }),
    language: t.exposeString('language', { description: 'Detected language: zh or en.' }),
    result: t.field({ type: BotResultUnion, description: 'The decision.', resolve: (p) => p.result as never }),
    intents: t.field({ type: [RankedIntentRef], description: 'The top intents, most probable first.', resolve: (p) => p.intents }),
    entries: t.field({
      type: [RankedEntryRef],
      description: `The ${PREVIEW_ENTRIES} best-matching knowledge entries in the reply language, best first (empty when the bot hands off before matching).`,
      resolve: (p) => p.entries,
    }),
  }),
});

builder.queryField('botPreview', (t) =>
  t.field({
    type: BotPreviewRef,
    description: 'Staff: what the bot would answer to the first message of a conversation, with the workspace’s current content and settings (for tuning the bot and `kefu bot eval --faq`).',
    args: { text: t.arg.string({ required: true, description: 'A visitor message.' }) },
    resolve: async (_root, { text }, ctx) => {
      const staff = requireStaff(ctx.principal);
      // Empty text would be matched like any other and get "did you mean" questions.
      if (!text.trim()) throw badInput([{ path: 'text', message: 'Write the visitor message to preview' }]);
      const bot = await ctx.deps.bot.forWorkspace(staff.workspaceId);
      const message = text.slice(0, 2000);
      const reply = decideBotReply(bot, message, NEW_CONVERSATION);
      return {
        ...reply,
        intents: bot.model.predict(toSimplifiedChinese(message)).ranking.slice(0, 3),
        entries: reply.ranked.slice(0, PREVIEW_ENTRIES).map((match) => ({ knowledgeEntryId: match.entry.id, question: match.entry.question, score: match.score })),
      };
    },
  }),
);

const BotIntentRef = builder.prismaObject('BotIntent', {
  description: 'A workspace intent: its answers and training examples.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    name: t.exposeString('name', { description: 'Intent name, e.g. order_status.' }),
    answerZh: t.exposeString('answerZh', { nullable: true, description: 'Answer in Chinese; null hands off for human_agent.' }),
    answerEn: t.exposeString('answerEn', { nullable: true, description: 'Answer in English.' }),
    answerEnabled: t.exposeBoolean('answerEnabled', { description: 'Whether the intent answers; without own answers an enabled shipped intent uses its shipped template.' }),
    examples: t.field({
      type: ['String'],
      description: 'Training phrases.',
      select: { examples: { select: { text: true } } },
      resolve: (intent) => intent.examples.map((e) => e.text),
    }),
  }),
});

builder.queryField('botIntents', (t) =>
  t.prismaField({
    type: ['BotIntent'],
    description: 'The workspace’s own intents (admins). Shipped intents route messages to linked entries; their answers are sent only once enabled here.',
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.deps.db.botIntent.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: { name: 'asc' } }),
  }),
);

type ShippedIntent = { name: string; answerZh: string | null; answerEn: string | null; answerEnabled: boolean };

const ShippedBotIntentRef = builder.objectRef<ShippedIntent>('ShippedBotIntent').implement({
  description: 'A shipped intent: it routes messages to the entries linked to it; its template answers only once enabled.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Intent name, e.g. shipping.' }),
    answerZh: t.exposeString('answerZh', { nullable: true, description: 'The shipped Chinese template (the demo shop’s facts).' }),
    answerEn: t.exposeString('answerEn', { nullable: true, description: 'The shipped English template.' }),
    answerEnabled: t.exposeBoolean('answerEnabled', { description: 'Whether this workspace sends an answer for it (saveBotIntent with answerEnabled).' }),
  }),
});

builder.queryField('shippedBotIntents', (t) =>
  t.field({
    type: [ShippedBotIntentRef],
    description: 'Admins: the shipped intents, their template answers and whether the workspace enabled them.',
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => {
      const [{ answers }, own] = await Promise.all([
        ctx.deps.bot.shipped(),
        ctx.deps.db.botIntent.findMany({ where: { workspaceId: ctx.principal!.workspaceId }, select: { name: true, answerEnabled: true } }),
      ]);
      const enabled = new Map(own.map((intent) => [intent.name, intent.answerEnabled]));
      return Object.entries(answers)
        .map(([name, answer]) => ({ name, answerZh: answer.zh, answerEn: answer.en, answerEnabled: enabled.get(name) ?? false }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  }),
);

const BotExampleInput = builder.inputType('BotExampleInput', {
  description: 'One training phrase.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'What a visitor might write.' }),
    language: t.string({ required: true, description: 'zh or en.' }),
  }),
});

const SaveBotIntentInput = builder.inputType('SaveBotIntentInput', {
  description: 'Input of saveBotIntent. Omitted answers keep their value; given examples replace all.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Intent name; a shipped name (e.g. refund) overrides it.' }),
    answerZh: t.string({ description: 'Answer in Chinese.' }),
    answerEn: t.string({ description: 'Answer in English.' }),
    examples: t.field({ type: [BotExampleInput], description: 'Training phrases (replace the current ones).' }),
    answerEnabled: t.boolean({ description: 'Turn the intent’s answer on or off. On for a shipped intent without own answers sends its shipped template; writing an answer turns it on.' }),
  }),
});

const SaveBotIntentPayload = builder.objectRef<{ intent: BotIntent }>('SaveBotIntentPayload').implement({
  description: 'Result of saveBotIntent. Run trainBot to use new examples.',
  fields: (t) => ({ intent: t.field({ type: BotIntentRef, description: 'The saved intent.', resolve: (p) => p.intent }) }),
});

builder.mutationField('saveBotIntent', (t) =>
  t.field({
    type: SaveBotIntentPayload,
    description: 'Admins: create or update an intent. Answers apply at once; examples after trainBot.',
    args: { input: t.arg({ type: SaveBotIntentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ intent: await saveBotIntent(ctx.deps, ctx.principal, stripNulls(input)) }),
  }),
);

const DeleteBotIntentPayload = builder.objectRef<{ deletedName: string }>('DeleteBotIntentPayload').implement({
  description: 'Result of deleteBotIntent.',
  fields: (t) => ({ deletedName: t.exposeString('deletedName', { description: 'The deleted intent.' }) }),
});

builder.mutationField('deleteBotIntent', (t) =>
  t.field({
    type: DeleteBotIntentPayload,
    description: 'Admins: delete a workspace intent.',
    args: { name: t.arg.string({ required: true, description: 'Intent name.' }) },
    resolve: async (_root, { name }, ctx) => ({ deletedName: await deleteBotIntent(ctx.deps, ctx.principal, name) }),
  }),
);

const TrainBotPayload = builder.objectRef<BotModel>('TrainBotPayload').implement({
  description: 'Result of trainBot: the new model, already in use on every server process.',
  fields: (t) => ({
    modelId: t.exposeID('id', { description: 'The stored model.' }),
    metrics: t.expose('metrics', { type: 'JSON', description: 'Training facts: examples, intents, trainMs.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was trained.' }),
  }),
});

builder.mutationField('trainBot', (t) =>
  t.field({
    type: TrainBotPayload,
    description: 'Admins: retrain the intent model with the workspace’s examples (seconds); swapped in without a restart.',
    resolve: (_root, _args, ctx) => trainBot(ctx.deps, ctx.principal),
  }),
);
