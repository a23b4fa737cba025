// Who answers a visitor in a conversation now: one home for the rule. The bot's turn lasts while
// no person has the conversation (not assigned, not waiting in the queue, not left as a message
// after the leave-a-message reply, still open) and no agent has written in it. During it, an enabled
// agent bot of the conversation's department, else of the whole workspace, answers instead of
// the built-in bot; a handoff (requestAgent) ends the turn for both.
import type { Deps } from '../deps.ts';
import { isOpenStatus } from '../conversation-log/open-statuses.ts';
import type { AgentBot, Conversation } from '../storage/models.ts';
import { readConversationRouting } from '../storage/sql/conversation.ts';
import { hasVisibleAgentMessage } from '../storage/sql/message.ts';

export type ConversationRouting = Pick<Conversation, 'id' | 'workspaceId' | 'assigneeId' | 'queueState' | 'status'>;
export type AnsweringBot = { kind: 'BUILT_IN' } | { kind: 'AGENT_BOT'; agentBot: AgentBot };

export function isBotTurn(conversation: ConversationRouting): boolean {
  return !conversation.assigneeId && conversation.queueState !== 'WAITING' && conversation.queueState !== 'OFFLINE' && isOpenStatus(conversation.status);
}

/** The enabled agent bot for a conversation: its department's, else the workspace's. */
export async function findAgentBotFor(deps: Pick<Deps, 'db'>, conversation: { id: string; workspaceId: string }): Promise<AgentBot | null> {
  const bots = await deps.db.agentBot.findMany({ where: { workspaceId: conversation.workspaceId, disabledAt: null }, orderBy: { createdAt: 'asc' } });
  if (bots.length === 0) return null;
  const hasDepartmentBots = bots.some((b) => b.departmentId !== null);
  const departmentId = hasDepartmentBots ? (await deps.db.conversation.findUnique({ where: { id: conversation.id }, select: { departmentId: true } }))?.departmentId : null;
  return bots.find((b) => departmentId && b.departmentId === departmentId) ?? bots.find((b) => b.departmentId === null) ?? null;
}

/**
 * null when a person has the conversation; else the bot whose turn it is, or `bot: null` when an
 * agent has written in it but nobody has it (an agent answered without taking it, or it was
 * resolved and the visitor came back): the visitor is waiting for a person, so it needs routing.
 */
export async function findAnsweringBot(deps: Pick<Deps, 'db' | 'sql'>, conversationId: string): Promise<{ conversation: ConversationRouting; bot: AnsweringBot | null } | null> {
  const conversation = await readConversationRouting(deps.sql, conversationId);
  if (!conversation || !isBotTurn(conversation)) return null;
  const [agentBot, hasAgentReplied] = await Promise.all([findAgentBotFor(deps, conversation), hasVisibleAgentMessage(deps.sql, conversationId)]);
  if (hasAgentReplied) return { conversation, bot: null };
  return { conversation, bot: agentBot ? { kind: 'AGENT_BOT', agentBot } : { kind: 'BUILT_IN' } };
}
