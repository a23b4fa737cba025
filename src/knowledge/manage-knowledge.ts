import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { bumpBotRevision } from '../bot/settings/bot-settings.ts';
import { linkEntryIntent } from '../bot/matching/link-entry-intent.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { callerKey } from '../rate-limits.ts';

function knowledgeEntrySchema(textMaxLength: number) {
  const text = z.string().trim().min(1).max(textMaxLength);
  return z.object({
    id: z.string().max(100).optional(),
    question: text,
    alternates: z.array(text).max(50).default([]),
    answer: z.string().trim().min(1, 'Write the answer').max(8000),
    language: z.enum(['zh', 'en']),
    tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  });
}

/**
 * Creates (no id) or updates a knowledge-base entry, linked to the intent its phrasings fall
 * under. When this returns, the bot answers with it on every process (the revision bump).
 */
export async function saveKnowledgeEntry(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const parsed = parseInput(knowledgeEntrySchema(deps.config.limits.textMaxLength), input);
  const { id, ...fields } = parsed;
  const model = await deps.bot.modelFor(admin.workspaceId);
  const data = { ...fields, intent: linkEntryIntent(model, [fields.question, ...fields.alternates]) };
  let entry;
  if (id) {
    const { count } = await deps.db.knowledgeEntry.updateMany({ where: { id, workspaceId: admin.workspaceId }, data });
    if (count === 0) throw new KefuError('NOT_FOUND', 'No knowledge entry has this id in your workspace.');
    entry = await deps.db.knowledgeEntry.findUniqueOrThrow({ where: { id } });
  } else {
    entry = await deps.db.knowledgeEntry.create({ data: { workspaceId: admin.workspaceId, ...data } });
  }
  await bumpBotRevision(deps, admin.workspaceId, 'KNOWLEDGE_CHANGED');
  return entry;
}

export async function deleteKnowledgeEntry(deps: Deps, principal: Principal | null, id: string) {
  const admin = requireAdmin(principal);
  const { count } = await deps.db.knowledgeEntry.deleteMany({ where: { id, workspaceId: admin.workspaceId } });
  if (count === 0) throw new KefuError('NOT_FOUND', 'No knowledge entry has this id in your workspace.');
  await bumpBotRevision(deps, admin.workspaceId, 'KNOWLEDGE_CHANGED');
  return id;
}
