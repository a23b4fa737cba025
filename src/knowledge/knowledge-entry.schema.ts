import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { KnowledgeEntry } from '../storage/models.ts';
import { findSimilarQuestions } from './find-similar-questions.ts';
import { deleteKnowledgeEntry, importKnowledgeEntries, MAX_IMPORTED_ENTRIES, saveKnowledgeEntry } from './manage-knowledge.ts';

const KnowledgeEntryRef = builder.prismaObject('KnowledgeEntry', {
  description: 'A knowledge-base (FAQ) entry the bot answers from.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    question: t.exposeString('question', { description: 'The question.' }),
    alternates: t.field({ type: ['String'], description: 'Other phrasings of the question.', resolve: (e) => e.alternates as string[] }),
    answer: t.exposeString('answer', { description: 'The answer.' }),
    language: t.exposeString('language', { description: 'zh or en.' }),
    tags: t.field({ type: ['String'], description: 'Tags.', resolve: (e) => e.tags as string[] }),
    intent: t.exposeString('intent', { nullable: true, description: 'The intent its question and alternates fall under, classified on save and after trainBot (null: none was confident). The matcher weighs the classifier’s probability of this intent for a message.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
  }),
});

builder.queryField('knowledgeEntries', (t) =>
  t.prismaConnection({
    type: 'KnowledgeEntry',
    cursor: 'id',
    description: 'The knowledge base, most recently changed first (staff).',
    authScopes: { staff: true },
    args: { language: t.arg.string({ description: 'Only zh or only en entries.' }) },
    resolve: (query, _root, { language }, ctx) =>
      ctx.deps.db.knowledgeEntry.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId, ...(language ? { language } : {}) }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] }),
  }),
);

const SimilarQuestionRef = builder.objectRef<{ id: string; question: string; answer: string; normalizedScore: number }>('SimilarQuestion').implement({
  description: 'A knowledge entry similar to a text.',
  fields: (t) => ({
    knowledgeEntryId: t.exposeID('id', { description: 'The entry.' }),
    question: t.exposeString('question', { description: 'Its question.' }),
    answer: t.exposeString('answer', { description: 'Its answer (staff and API keys; the bot gives visitors answers in its replies).', authScopes: { serve: true } }),
    score: t.exposeFloat('normalizedScore', { description: 'Similarity, 0–1 (1 = same question).' }),
  }),
});

builder.queryField('similarQuestions', (t) =>
  t.field({
    type: [SimilarQuestionRef],
    description: 'Knowledge entries similar to a text (BM25 over questions and phrasings; works for Chinese).',
    authScopes: { signedIn: true },
    args: { text: t.arg.string({ required: true, description: 'A question.' }), first: t.arg.int({ defaultValue: 5, description: 'How many, 1 to 20.' }) },
    resolve: (_root, args, ctx) => findSimilarQuestions(ctx.deps, ctx.principal, args),
  }),
);

const SaveKnowledgeEntryInput = builder.inputType('SaveKnowledgeEntryInput', {
  description: 'Input of saveKnowledgeEntry: without id it creates, with id it replaces.',
  fields: (t) => ({
    id: t.id({ description: 'Entry to update.' }),
    question: t.string({ required: true, description: 'The question.' }),
    alternates: t.stringList({ description: 'Other phrasings.' }),
    answer: t.string({ required: true, description: 'The answer.' }),
    language: t.string({ required: true, description: 'zh or en.' }),
    tags: t.stringList({ description: 'Tags.' }),
  }),
});

const SaveKnowledgeEntryPayload = builder.objectRef<{ entry: KnowledgeEntry }>('SaveKnowledgeEntryPayload').implement({
  description: 'Result of saveKnowledgeEntry; the bot uses it at once.',
  fields: (t) => ({ entry: t.field({ type: KnowledgeEntryRef, description: 'The saved entry.', resolve: (p) => p.entry }) }),
});

builder.mutationField('saveKnowledgeEntry', (t) =>
  t.field({
    type: SaveKnowledgeEntryPayload,
    description: 'Admins: create or update a knowledge-base entry.',
    args: { input: t.arg({ type: SaveKnowledgeEntryInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ entry: await saveKnowledgeEntry(ctx.deps, ctx.principal, stripNulls(input)) }),
  }),
);

const ImportKnowledgeEntriesInput = builder.inputType('ImportKnowledgeEntriesInput', {
  description: `Input of importKnowledgeEntries: up to ${MAX_IMPORTED_ENTRIES} entries, saved all or none.`,
  fields: (t) => ({
    entries: t.field({ type: [SaveKnowledgeEntryInput], required: true, description: 'The entries: with id each replaces that entry; without id it replaces the entry with the same question and language, or is created.' }),
    replaceAll: t.boolean({ description: "Delete the workspace's entries that are not in the list (by id). Default false." }),
  }),
});

const ImportKnowledgeEntriesPayload = builder
  .objectRef<{ entries: KnowledgeEntry[]; created: number; updated: number; deleted: number }>('ImportKnowledgeEntriesPayload')
  .implement({
    description: 'Result of importKnowledgeEntries; the bot uses the entries at once.',
    fields: (t) => ({
      entries: t.field({ type: [KnowledgeEntryRef], description: 'The saved entries, in the order sent.', resolve: (p) => p.entries }),
      created: t.exposeInt('created', { description: 'Entries created.' }),
      updated: t.exposeInt('updated', { description: 'Entries replaced.' }),
      deleted: t.exposeInt('deleted', { description: 'Entries deleted by replaceAll.' }),
    }),
  });

builder.mutationField('importKnowledgeEntries', (t) =>
  t.field({
    type: ImportKnowledgeEntriesPayload,
    description: "Admins: save many knowledge-base entries at once (a team's FAQ), all or none; one rate-limit unit for the whole list.",
    args: { input: t.arg({ type: ImportKnowledgeEntriesInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      importKnowledgeEntries(ctx.deps, ctx.principal, { ...stripNulls(input), entries: input.entries.map((entry) => stripNulls(entry)) }),
  }),
);

const DeleteKnowledgeEntryPayload = builder.objectRef<{ deletedId: string }>('DeleteKnowledgeEntryPayload').implement({
  description: 'Result of deleteKnowledgeEntry.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'The deleted entry.' }) }),
});

builder.mutationField('deleteKnowledgeEntry', (t) =>
  t.field({
    type: DeleteKnowledgeEntryPayload,
    description: 'Admins: delete a knowledge-base entry.',
    args: { id: t.arg.id({ required: true, description: 'Entry id.' }) },
    resolve: async (_root, { id }, ctx) => ({ deletedId: await deleteKnowledgeEntry(ctx.deps, ctx.principal, String(id)) }),
  }),
);
