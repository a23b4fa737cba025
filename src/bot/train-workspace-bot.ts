// Retrains a workspace's intent model from the shipped examples plus the workspace's own intents
// and examples, stores it as a BotModel row and tells every process to swap it in.
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { bumpBotRevision } from './settings/bot-settings.ts';
import { linkEntryIntent } from './matching/link-entry-intent.ts';
import { KefuError } from '../errors.ts';
import { loadShippedIntents } from './datasets/load-shipped-intents.ts';
import { trainIntentModel } from './model/train-intent-model.ts';
import { callerKey } from '../rate-limits.ts';

export async function trainWorkspaceBot(deps: Deps, workspaceId: string) {
  const [{ dataset }, intents] = await Promise.all([
    loadShippedIntents(),
    deps.db.botIntent.findMany({ where: { workspaceId }, include: { examples: true } }),
  ]);
  const own = intents.flatMap((intent) => intent.examples.map((e) => ({ text: e.text, intent: intent.name })));
  const replaced = new Set(intents.filter((i) => i.examples.length > 0).map((i) => i.name));
  const examples = [...dataset.train.filter((e) => !replaced.has(e.intent)), ...own];
  const startedAt = Date.now();
  const model = await trainIntentModel(examples, { epochs: 10 });
  const metrics = { examples: examples.length, ownExamples: own.length, intents: model.labels.length, trainMs: Date.now() - startedAt };
  const row = await deps.db.botModel.create({ data: { workspaceId, artifact: Buffer.from(await model.serialize()), metrics } });
  model.dispose();
  await relinkKnowledgeEntries(deps, workspaceId);
  await bumpBotRevision(deps, workspaceId, 'MODEL_TRAINED');
  deps.log.info({ workspaceId, ...metrics }, 'bot model trained');
  return row;
}

/** A new model may see the workspace's topics differently: link every entry again with it. */
async function relinkKnowledgeEntries(deps: Deps, workspaceId: string): Promise<void> {
  const model = await deps.bot.modelFor(workspaceId);
  const entries = await deps.db.knowledgeEntry.findMany({ where: { workspaceId }, select: { id: true, question: true, alternates: true, intent: true } });
  for (const entry of entries) {
    const intent = linkEntryIntent(model, [entry.question, ...(entry.alternates as string[])]);
    if (intent !== entry.intent) await deps.db.knowledgeEntry.update({ where: { id: entry.id }, data: { intent } });
  }
}

export async function trainBot(deps: Deps, principal: Principal | null) {
  const admin = requireAdmin(principal);
  await deps.limiter.take('creates', callerKey(admin));
  const examples = await deps.db.botExample.count({ where: { intent: { workspaceId: admin.workspaceId } } });
  if (examples === 0) throw new KefuError('BAD_USER_INPUT', 'Add examples to at least one intent (saveBotIntent) before training; the shipped model is used until then.');
  return trainWorkspaceBot(deps, admin.workspaceId);
}
