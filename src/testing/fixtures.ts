// Common starting points for API tests: a workspace with its owner, a visitor and a conversation.
import { randomUUID } from 'node:crypto';
import { gqlData } from './graphql-client.ts';

export interface WorkspaceFixture {
  workspaceId: string;
  widgetKey: string;
  ownerId: string;
  ownerToken: string;
}

export async function createWorkspaceFixture(url: string, name = 'Acme'): Promise<WorkspaceFixture> {
  const data = await gqlData(
    url,
    `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token workspace { id widgetKey } agent { id } } }`,
    { input: { name, owner: { email: `owner-${randomUUID()}@example.com`, name: 'Owner', password: 'password-123' } } },
  );
  return {
    workspaceId: data.createWorkspace.workspace.id,
    widgetKey: data.createWorkspace.workspace.widgetKey,
    ownerId: data.createWorkspace.agent.id,
    ownerToken: data.createWorkspace.token,
  };
}

export async function createAgentFixture(url: string, adminToken: string, role: 'AGENT' | 'ADMIN' = 'AGENT') {
  const email = `agent-${randomUUID()}@example.com`;
  const created = await gqlData(url, `mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }`, { input: { email, name: 'Agent', password: 'password-123', role } }, adminToken);
  const signedIn = await gqlData(url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email, password: 'password-123' } });
  return { agentId: created.createAgent.agent.id as string, token: signedIn.signIn.token as string };
}

export async function startVisitorConversation(url: string, widgetKey: string, firstMessage = 'Hello') {
  const session = await gqlData(url, `mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token visitor { id } } }`, { input: { widgetKey, name: 'Visitor' } });
  const token = session.startVisitorSession.token as string;
  const started = await gqlData(
    url,
    `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id lastSeq } } }`,
    { input: { firstMessage: { body: firstMessage, clientMessageId: randomUUID() } } },
    token,
  );
  return { visitorId: session.startVisitorSession.visitor.id as string, visitorToken: token, conversationId: started.startConversation.conversation.id as string };
}

export const SEND_MESSAGE = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { isDuplicate message { id seq body internal } } }`;

export const CONVERSATION_EVENTS = `subscription($id: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $id, afterSeq: $afterSeq) {
    __typename
    ... on Message { id seq body internal kind authorType }
    ... on ResyncRequired { latestSeq afterSeq }
  }
}`;
