// An agent bot's turn: a visitor wrote in a conversation it answers. SUBSCRIPTION bots see the
// message on inboxEvents (reason MESSAGE, conversation.activeAgentBot is them) and need nothing
// here. WEBHOOK bots get an `agent_bot.message` POST through the signed-webhook outbox; its
// Kefu-Webhook-Id is the message id, so a receiver dedupes retries and replays on it.
import { toMessageJson } from '../conversation-log/append-event.ts';
import type { Deps } from '../deps.ts';
import type { AgentBot, Message } from '../storage/models.ts';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event.ts';
import { AGENT_BOT_MESSAGE_EVENT, findAgentBotEndpoint } from './agent-bot-endpoint.ts';

export async function notifyAgentBot(deps: Pick<Deps, 'db' | 'sql' | 'bus' | 'log'>, agentBot: AgentBot, message: Message): Promise<void> {
  if (agentBot.mode !== 'WEBHOOK') return;
  const endpoint = await findAgentBotEndpoint(deps, agentBot);
  if (!endpoint?.enabled) {
    deps.log.warn({ agentBotId: agentBot.id, conversationId: message.conversationId }, 'agent bot has no enabled webhook endpoint; the visitor message was not posted to it');
    return;
  }
  await enqueueWebhookEvent(deps, {
    workspaceId: agentBot.workspaceId,
    endpointId: endpoint.id,
    type: AGENT_BOT_MESSAGE_EVENT,
    id: message.id,
    conversationId: message.conversationId,
    visitorId: message.authorVisitorId ?? undefined,
    data: { agentBotId: agentBot.id, message: toMessageJson(message) },
  });
}
