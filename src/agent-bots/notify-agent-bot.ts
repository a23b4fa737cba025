// An agent bot's turn: a visitor wrote in a conversation it answers. SUBSCRIPTION bots see the
// message on inboxEvents (reason MESSAGE, conversation.activeAgentBot is them) and need nothing
// here. WEBHOOK bots are told through the signed-webhook outbox (issue 14), wired in at this call.
import type { Deps } from '../deps.ts';
import type { AgentBot, Message } from '../storage/models.ts';

export async function notifyAgentBot(deps: Pick<Deps, 'log'>, agentBot: AgentBot, message: Message): Promise<void> {
  deps.log.debug({ agentBotId: agentBot.id, mode: agentBot.mode, conversationId: message.conversationId, seq: message.seq }, 'agent bot turn');
}
