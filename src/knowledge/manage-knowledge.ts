import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { bumpBotRevision } from '../bot/settings/bot-settings.ts';
import { linkEntryIntent } from '../bot/matching/link-entry-intent.ts';
import { KefuError } from '../errors.ts';
import { foldCharacters } from './normalize-for-matching.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';

function knowledgeEntrySchema(textMaxLength: number) {
  const text = z.string().trim().min(1).max(textMaxLength);
  // "？？？" or "!!!" can never be matched (the bot reads words) and is the same question as any other punctuation.
  const phrasing = text.refine((value) => /[\p{L}\p{N}]/u.test(value), 'Write the question in words; punctuation or emoji alone never matches a visitor’s message');
  return z.object({
    id: z.string().max(100).optional(),
    question: phrasing,
    alternates: z.array(phrasing).max(50).default([]),
    answer: z.string().trim().min(1, 'Write the answer').max(8000),
    language: z.enum(['zh', 'en']),
    tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  });
}

type EntryFields = Omit<z.output<ReturnType<typeof knowledgeEntrySchema>>, 'id'>;
type EntryStore = Pick<Deps['db'], 'knowledgeEntry'>;

/** At most this many entries in one importKnowledgeEntries call (one transaction). */
export const MAX_IMPORTED_ENTRIES = 500;

const NO_SUCH_ENTRY = 'no knowledge entry has this id in your workspace; leave the id out to create the entry.';

/** Creates the entry (no id) or replaces the workspace's entry `id`, linked to the intent its phrasings fall under. */
async function writeEntry(db: EntryStore, model: Awaited<ReturnType<Deps['bot']['modelFor']>>, workspaceId: string, id: string | undefined, fields: EntryFields, where = 'id') {
  const data = { ...fields, intent: linkEntryIntent(model, [fields.question, ...fields.alternates]) };
  if (!id) return db.knowledgeEntry.create({ data: { workspaceId, ...data } });
  const { count } = await db.knowledgeEntry.updateMany({ where: { id, workspaceId }, data });
  if (count === 0) throw new KefuError('NOT_FOUND', `${where}: ${NO_SUCH_ENTRY}`);
  return db.knowledgeEntry.findUniqueOrThrow({ where: { id } });
}

/**
 * Creates (no id) or updates a knowledge-base entry, linked to the intent its phrasings fall
 * under; a new entry whose question and language another entry has is refused (CONFLICT). When
 * this returns, the bot answers with it on every process (the revision bump).
 */
export async function saveKnowledgeEntry(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const { id, ...fields } = parseInput(knowledgeEntrySchema(deps.config.limits.textMaxLength), input);
  const key = questionKey(fields.language, fields.question);
  const twin = (await entryIdsByQuestion(deps.db, admin.workspaceId)).get(key)?.find((other) => other !== id);
  if (twin) throw new KefuError('CONFLICT', `An entry with this question already exists: ${await describeEntry(deps.db, twin)}; edit that entry, or change the question.`, { entryId: twin });
  const entry = await writeEntry(deps.db, await deps.bot.modelFor(admin.workspaceId), admin.workspaceId, id, fields);
  await bumpBotRevision(deps, admin.workspaceId, 'KNOWLEDGE_CHANGED');
  return entry;
}

function importSchema(textMaxLength: number) {
  return z.object({
    entries: z
      .array(knowledgeEntrySchema(textMaxLength))
      .min(1, 'Send at least one entry')
      .max(MAX_IMPORTED_ENTRIES, `At most ${MAX_IMPORTED_ENTRIES} entries per import; split the list and import the parts (without replaceAll after the first).`)
      .superRefine((entries, ctx) => {
        const seen = new Map<string, number>();
        const questions = new Map<string, number>();
        entries.forEach(({ id, question, language }, i) => {
          if (id !== undefined && seen.has(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'id'], message: `The same id as entry ${seen.get(id)}; each entry may appear once.` });
          else if (id !== undefined) seen.set(id, i);
          const key = questionKey(language, question);
          if (questions.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'question'], message: `The same question as entry ${questions.get(key)}; each question may appear once.` });
          else questions.set(key, i);
        });
      }),
    replaceAll: z.boolean().default(false),
  });
}

/**
 * Two questions are the same question whatever their letter case, full-width or ASCII forms,
 * Traditional or Simplified characters, punctuation and spacing: the bot cannot tell them apart,
 * so a second entry would take the first one's own question from it.
 */
const questionKey = (language: string, question: string) => `${language}\n${foldCharacters(question).replace(/[\p{P}\s]+/gu, ' ').trim()}`;

/** An entry as a conflict names it: its question as the team wrote it (what they find in their list), then its id. */
async function describeEntry(db: EntryStore, id: string): Promise<string> {
  const entry = await db.knowledgeEntry.findUnique({ where: { id }, select: { question: true } });
  return entry ? `“${entry.question}” (${id})` : id;
}

/** The workspace's entry ids by questionKey (the oldest first). */
async function entryIdsByQuestion(db: EntryStore, workspaceId: string): Promise<Map<string, string[]>> {
  const entries = await db.knowledgeEntry.findMany({ where: { workspaceId }, select: { id: true, question: true, language: true }, orderBy: { createdAt: 'asc' } });
  const ids = new Map<string, string[]>();
  for (const e of entries) {
    const key = questionKey(e.language, e.question);
    const same = ids.get(key);
    if (same) same.push(e.id);
    else ids.set(key, [e.id]);
  }
  return ids;
}

/**
 * A team's FAQ at once (from a spreadsheet or another system): every entry is saved or none is.
 * An entry with id replaces that entry; one without id replaces the entry with the same question
 * and language, if there is one, else it is created; so importing the same file again, with or
 * without replaceAll, leaves one copy of each. replaceAll also deletes the workspace's entries
 * the list does not name. One rate-limit unit and one bot revision bump for the whole list.
 */
export async function importKnowledgeEntries(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const { entries, replaceAll } = parseInput(importSchema(deps.config.limits.textMaxLength), input);
  const { workspaceId } = admin;
  const model = await deps.bot.modelFor(workspaceId);
  const result = await deps.db.$transaction(
    async (tx) => {
      const idsOfQuestion = await entryIdsByQuestion(tx, workspaceId);
      const named = new Set(entries.flatMap(({ id }) => (id ? [id] : [])));
      // An entry without id takes the place of the one with its question (not one another entry of the list names).
      const matched = entries.map((entry) => ({ ...entry, id: entry.id ?? idsOfQuestion.get(questionKey(entry.language, entry.question))?.find((id) => !named.has(id)) }));
      const keptIds = matched.flatMap(({ id }) => (id ? [id] : []));
      const known = new Set([...idsOfQuestion.values()].flat());
      const unknown = entries.findIndex(({ id }) => id !== undefined && !known.has(id));
      if (unknown >= 0) throw new KefuError('NOT_FOUND', `entries.${unknown}.id: ${NO_SUCH_ENTRY}`);
      if (!replaceAll) {
        // An entry the list leaves alone may not end up with the same question as one it writes.
        const kept = new Set(keptIds);
        for (const [i, { id, question, language }] of matched.entries()) {
          const twin = idsOfQuestion.get(questionKey(language, question))?.find((other) => other !== id && !kept.has(other));
          if (twin) throw new KefuError('CONFLICT', `entries.${i}.question: an entry with this question already exists: ${await describeEntry(tx, twin)}; give that entry's id, or change the question.`, { entryId: twin });
        }
      }
      const deleted = replaceAll ? (await tx.knowledgeEntry.deleteMany({ where: { workspaceId, id: { notIn: keptIds } } })).count : 0;
      const saved = [];
      for (const [i, { id, ...fields }] of matched.entries()) saved.push(await writeEntry(tx, model, workspaceId, id, fields, `entries.${i}.id`));
      return { entries: saved, created: entries.length - keptIds.length, updated: keptIds.length, deleted };
    },
    { timeout: 60_000 },
  );
  await bumpBotRevision(deps, workspaceId, 'KNOWLEDGE_CHANGED');
  return result;
}

export async function deleteKnowledgeEntry(deps: Deps, principal: Principal | null, id: string) {
  const admin = requireAdmin(principal);
  const { count } = await deps.db.knowledgeEntry.deleteMany({ where: { id, workspaceId: admin.workspaceId } });
  if (count === 0) throw new KefuError('NOT_FOUND', 'No knowledge entry has this id in your workspace.');
  await bumpBotRevision(deps, admin.workspaceId, 'KNOWLEDGE_CHANGED');
  return id;
}
