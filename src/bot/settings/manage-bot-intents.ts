import { z } from 'zod';
import { requireAdmin } from '../../auth/access.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { bumpBotRevision } from './bot-settings.ts';
import { KefuError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { callerKey } from '../../rate-limits.ts';

const answer = z.string().trim().min(1).max(4000).nullable().optional();

/**
 * Creates or replaces a workspace intent: its answers, whether it answers (answerEnabled: a
 * shipped intent without own answers then answers with its shipped template) and, when given,
 * its full example list.
 */
export async function saveBotIntent(deps: Deps, principal: Principal | null, input: unknown) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const data = parseInput(
    z.object({
      name: z.string().trim().regex(/^[a-z][a-z0-9_]{1,49}$/, 'Use 2–50 lower-case letters, digits or _ (e.g. order_status)'),
      answerZh: answer,
      answerEn: answer,
      examples: z.array(z.object({ text: z.string().trim().min(1).max(500), language: z.enum(['zh', 'en']) })).max(1000).optional(),
      answerEnabled: z.boolean().optional(),
    }),
    input,
  );
  if (!data.answerZh && !data.answerEn && !data.examples?.length) await requireKnownIntent(deps, admin.workspaceId, data.name);
  const intent = await deps.db.$transaction(async (tx) => {
    const saved = await tx.botIntent.upsert({
      where: { workspaceId_name: { workspaceId: admin.workspaceId, name: data.name } },
      // Writing an answer enables it; a row made only for examples leaves a shipped answer off.
      create: {
        workspaceId: admin.workspaceId, name: data.name, answerZh: data.answerZh ?? null, answerEn: data.answerEn ?? null,
        answerEnabled: data.answerEnabled ?? Boolean(data.answerZh || data.answerEn),
      },
      update: {
        ...(data.answerZh !== undefined ? { answerZh: data.answerZh } : {}),
        ...(data.answerEn !== undefined ? { answerEn: data.answerEn } : {}),
        ...(data.answerEnabled !== undefined ? { answerEnabled: data.answerEnabled } : data.answerZh || data.answerEn ? { answerEnabled: true } : {}),
      },
    });
    if (data.examples) {
      await tx.botExample.deleteMany({ where: { intentId: saved.id } });
      await tx.botExample.createMany({ data: data.examples.map((e) => ({ intentId: saved.id, ...e })) });
    }
    return saved;
  });
  await bumpBotRevision(deps, admin.workspaceId, 'INTENTS_CHANGED');
  return intent;
}

/**
 * A save with neither answers nor examples (turning an answer on or off) is for an intent that
 * exists: a shipped one or the workspace's own. Else it would create an empty intent that never
 * answers, and a typo ("greting") would leave the intent the admin meant unchanged, silently.
 */
async function requireKnownIntent(deps: Deps, workspaceId: string, name: string) {
  const { answers } = await deps.bot.shipped();
  if (Object.hasOwn(answers, name)) return;
  if (await deps.db.botIntent.findUnique({ where: { workspaceId_name: { workspaceId, name } }, select: { id: true } })) return;
  const shipped = Object.keys(answers).sort().join(', ');
  throw new KefuError('NOT_FOUND', `No intent is named ${name}. The shipped intents are ${shipped}; a new intent needs examples or an answer.`);
}

export async function deleteBotIntent(deps: Deps, principal: Principal | null, name: string) {
  const admin = requireAdmin(principal);
  const { count } = await deps.db.botIntent.deleteMany({ where: { workspaceId: admin.workspaceId, name } });
  if (count === 0) throw new KefuError('NOT_FOUND', 'No intent has this name in your workspace.');
  await bumpBotRevision(deps, admin.workspaceId, 'INTENTS_CHANGED');
  return name;
}
