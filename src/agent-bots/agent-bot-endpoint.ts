// A WEBHOOK agent bot is reached through the signed-webhook outbox: one endpoint per bot, managed
// by the bot (admins change it through updateAgentBot, not the webhook mutations), whose secret
// signs every POST. It follows the bot: created when the bot is a WEBHOOK bot, its URL updated,
// disabled with the bot or when it switches to SUBSCRIPTION.
import type { Deps } from '../deps.ts';
import type { AgentBot, WebhookEndpoint } from '../storage/models.ts';
import { createWebhookTarget } from '../webhooks/manage-webhook-endpoints.ts';

export const AGENT_BOT_MESSAGE_EVENT = 'agent_bot.message';

const managedBy = (bot: Pick<AgentBot, 'id'>) => `agent-bot:${bot.id}`;

export function findAgentBotEndpoint(deps: Pick<Deps, 'db'>, bot: Pick<AgentBot, 'id' | 'workspaceId'>): Promise<WebhookEndpoint | null> {
  return deps.db.webhookEndpoint.findFirst({ where: { workspaceId: bot.workspaceId, managedBy: managedBy(bot) } });
}

/** Brings the bot's endpoint in line with the bot; returns it (null for a bot that has none). */
export async function syncAgentBotEndpoint(deps: Pick<Deps, 'db'>, bot: AgentBot): Promise<WebhookEndpoint | null> {
  const endpoint = await findAgentBotEndpoint(deps, bot);
  const wantsWebhook = bot.mode === 'WEBHOOK' && bot.webhookUrl !== null;
  if (!wantsWebhook) {
    return endpoint && endpoint.enabled ? deps.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledReason: 'The agent bot is no longer a WEBHOOK bot.' } }) : endpoint;
  }
  const enabled = bot.disabledAt === null;
  if (!endpoint) {
    const created = await createWebhookTarget(deps, { workspaceId: bot.workspaceId, url: bot.webhookUrl!, events: [AGENT_BOT_MESSAGE_EVENT], managedBy: managedBy(bot) });
    return enabled ? created : deps.db.webhookEndpoint.update({ where: { id: created.id }, data: { enabled: false } });
  }
  if (endpoint.url === bot.webhookUrl && endpoint.enabled === enabled) return endpoint;
  return deps.db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { url: bot.webhookUrl!, enabled, ...(enabled ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}) },
  });
}
