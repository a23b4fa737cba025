// `kefu demo`: a ready-to-try workspace with an owner, an agent, canned replies, a knowledge
// base and every shipped intent answer enabled (no other workspace gets them unasked). Running it again returns the existing demo instead of creating another.
import type { Deps } from '../deps.ts';
import { createAgent } from '../agents/create-agent.ts';
import { saveCannedReply } from '../canned-replies/manage-canned-replies.ts';
import { createWorkspace } from './create-workspace.ts';
import type { DemoKnowledgeEntry } from '../bot/datasets/load-demo-knowledge.ts';
import { loadShippedIntents } from '../bot/datasets/load-shipped-intents.ts';
import { bumpBotRevision } from '../bot/settings/bot-settings.ts';
import { linkEntryIntent } from '../bot/matching/link-entry-intent.ts';

export const DEMO_OWNER = { email: 'owner@demo.kefu.dev', name: 'Demo Owner', password: 'kefu-demo-owner' };
export const DEMO_AGENT = { email: 'agent@demo.kefu.dev', name: '小李 Li', password: 'kefu-demo-agent' };

const CANNED_REPLIES = [
  { shortcut: 'hello', body: '您好，我是客服小李，很高兴为您服务！Hello, this is Li from support — how can I help?' },
  { shortcut: 'refund', body: '退款会在审核通过后 3–5 个工作日原路退回。Refunds reach your original payment method 3–5 business days after approval.' },
  { shortcut: 'thanks', body: '感谢您的耐心等待！Thank you for your patience!' },
];

/** The demo's own domain: /demo and `kefu demo` find the demo by its owner's address, so only they may use it. */
export function isDemoAddress(email: unknown): boolean {
  return typeof email === 'string' && email.trim().toLowerCase().endsWith('@demo.kefu.dev');
}

/** The demo's owner and workspace, or null (emails are unique per workspace: the oldest demo owner wins). */
export function findDemoOwner(deps: Pick<Deps, 'db'>) {
  return deps.db.agent.findFirst({ where: { email: DEMO_OWNER.email, role: 'OWNER' }, include: { workspace: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

export async function createDemoWorkspace(deps: Deps, knowledge: DemoKnowledgeEntry[] = []) {
  const existing = await findDemoOwner(deps);
  if (existing) return { workspace: existing.workspace, isNew: false };
  const { workspace, agent } = await createWorkspace(deps, { name: 'Kefu Demo Shop 演示商店', owner: DEMO_OWNER });
  const owner = { kind: 'agent' as const, id: agent.id, workspaceId: workspace.id, role: 'OWNER' as const, sessionId: null };
  await createAgent(deps, owner, { ...DEMO_AGENT, role: 'AGENT' });
  for (const reply of CANNED_REPLIES) await saveCannedReply(deps, owner, reply);
  await deps.db.workspace.update({
    where: { id: workspace.id },
    data: {
      defaultReplyZh: '抱歉，我没有完全理解。您可以换个说法，或输入“人工”联系客服。',
      defaultReplyEn: 'Sorry, I did not quite get that — rephrase, or type “agent” to reach a person.',
    },
  });
  // The demo shop is the one workspace whose content the shipped intent answers are: enable them all.
  const { answers } = await loadShippedIntents();
  await deps.db.botIntent.createMany({ data: Object.keys(answers).map((name) => ({ workspaceId: workspace.id, name, answerEnabled: true })) });
  if (knowledge.length > 0) {
    const model = await deps.bot.modelFor(workspace.id);
    await deps.db.knowledgeEntry.createMany({
      data: knowledge.map(({ id: _id, ...k }) => ({ workspaceId: workspace.id, ...k, intent: linkEntryIntent(model, [k.question, ...k.alternates]) })),
    });
  }
  await bumpBotRevision(deps, workspace.id, 'INTENTS_CHANGED');
  return { workspace, isNew: true };
}
