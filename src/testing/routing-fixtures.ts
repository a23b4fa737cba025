// Test helpers for routing: online agents with a capacity, visitors that start conversations.
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { createAgentFixture } from './fixtures.ts';
import { gqlData, openWsClient } from './graphql-client.ts';

export interface OnlineAgent {
  agentId: string;
  token: string;
  client: Client;
}

/** Resolves once the socket is acknowledged, i.e. once the server recorded the agent's connection. */
export function connectAgent(wsUrl: string, token: string): Promise<Client> {
  const client = openWsClient(wsUrl, token);
  return new Promise((resolve, reject) => {
    client.on('connected', () => resolve(client));
    client.on('closed', (event) => reject(new Error(`socket closed: ${JSON.stringify(event)}`)));
  });
}

export async function createOnlineAgent(url: string, wsUrl: string, adminToken: string, routing: { maxConcurrent?: number; skills?: string[]; languages?: string[] } = {}): Promise<OnlineAgent> {
  const agent = await createAgentFixture(url, adminToken);
  await gqlData(url, `mutation($input: UpdateAgentRoutingInput!) { updateAgentRouting(input: $input) { agent { id } } }`, { input: { agentId: agent.agentId, ...routing } }, adminToken);
  const client = await connectAgent(wsUrl, agent.token);
  await gqlData(url, `mutation { setAgentStatus(input: { status: ONLINE }) { presence } }`, undefined, agent.token);
  return { ...agent, client };
}

export async function setRoutingSettings(url: string, adminToken: string, input: Record<string, unknown>): Promise<void> {
  await gqlData(url, `mutation($input: UpdateRoutingSettingsInput!) { updateRoutingSettings(input: $input) { workspace { id } } }`, { input }, adminToken);
}

export async function startVisitor(url: string, widgetKey: string, name = 'Visitor'): Promise<{ visitorId: string; token: string }> {
  const session = await gqlData(url, `mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token visitor { id } } }`, { input: { widgetKey, name } });
  return { visitorId: session.startVisitorSession.visitor.id, token: session.startVisitorSession.token };
}

export const START_CONVERSATION = `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id queueState assignee { id } } } }`;

export async function startRoutedConversation(url: string, visitorToken: string, options: { forceNew?: boolean } = {}): Promise<{ id: string; queueState: string; assigneeId: string | null }> {
  const data = await gqlData(url, START_CONVERSATION, { input: { forceNew: options.forceNew ?? false, firstMessage: { body: 'Hello, I need help', clientMessageId: randomUUID() } } }, visitorToken);
  const c = data.startConversation.conversation;
  return { id: c.id, queueState: c.queueState, assigneeId: c.assignee?.id ?? null };
}

export async function resolveConversation(url: string, token: string, conversationId: string): Promise<void> {
  await gqlData(url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId, status: 'RESOLVED' } }, token);
}
