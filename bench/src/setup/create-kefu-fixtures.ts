// Setup data for a run, made through the public GraphQL API as an integrator would: one
// workspace, a few agents, and one visitor with one open conversation per planned conversation,
// each assigned to an agent (the one whose socket is in it, if any): a person has the
// conversation, so the bot stays quiet and the run measures people's messages only.
import type { ConversationPlan } from '../load/client-protocol.ts';

const CONVERSATIONS_PER_VISITOR = 15;
/** The most open conversations updateAgentRouting allows an agent. */
const MAX_CONCURRENT = 1000;

export interface FixtureOptions {
  conversations: number;
  /** Agent sockets per conversation (each conversation also has its visitor's socket). */
  agentsPerConversation: number;
  /** Agent accounts whose tokens the agent sockets share. */
  agentAccounts: number;
  concurrency?: number;
  onProgress?: (created: number) => void;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).catch((error: Error) => error);
    if (response instanceof Error) {
      if (attempt < 5) continue;
      throw response;
    }
    const result = (await response.json()) as { data?: any; errors?: unknown[] };
    if (result.errors?.length) throw new Error(`setup: ${JSON.stringify(result.errors).slice(0, 500)}`);
    return result.data;
  }
}

export async function createKefuFixtures(url: string, options: FixtureOptions): Promise<ConversationPlan[]> {
  const suffix = `${process.pid}-${Date.now()}`;
  const created = await gql(url, `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { token workspace { widgetKey } } }`, {
    input: { name: 'Bench', owner: { email: `owner-${suffix}@bench.example`, name: 'Owner', password: 'bench-password-1' } },
  });
  const { token: ownerToken, workspace } = created.createWorkspace;
  // ADMIN agents see every conversation, so auto-routing (which assigns each conversation to one
  // agent and ends other AGENT-role agents' streams) does not cut bench sockets off mid-run.
  const agentTokens: string[] = [];
  const agentIds: string[] = [];
  for (let a = 0; a < options.agentAccounts; a++) {
    const email = `agent-${a}-${suffix}@bench.example`;
    const agent = await gql(url, `mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }`, { input: { email, name: `Agent ${a}`, password: 'bench-password-1', role: 'ADMIN' } }, ownerToken);
    agentIds.push(agent.createAgent.agent.id);
    await gql(url, `mutation($input: UpdateAgentRoutingInput!) { updateAgentRouting(input: $input) { agent { id } } }`, { input: { agentId: agentIds[a], maxConcurrent: MAX_CONCURRENT } }, ownerToken);
    const signedIn = await gql(url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email, password: 'bench-password-1' } });
    agentTokens.push(signedIn.signIn.token);
  }

  // Setup speed: each visitor opens CONVERSATIONS_PER_VISITOR conversations (forceNew) in one
  // request of aliased mutations (the alias limit is 15), instead of one visitor per conversation.
  const plans: ConversationPlan[] = [];
  const visitors = Math.ceil(options.conversations / CONVERSATIONS_PER_VISITOR);
  const start = Array.from({ length: CONVERSATIONS_PER_VISITOR }, (_, k) => `c${k}: startConversation(input: { forceNew: true }) { conversation { id } }`).join('\n');
  let next = 0;
  const worker = async () => {
    for (let v = next++; v < visitors; v = next++) {
      const session = await gql(url, `mutation($input: StartVisitorSessionInput!) { startVisitorSession(input: $input) { token } }`, { input: { widgetKey: workspace.widgetKey, name: `Visitor ${v}` } });
      const visitorToken = session.startVisitorSession.token as string;
      const started = await gql(url, `mutation { ${start} }`, {}, visitorToken);
      for (let k = 0; k < CONVERSATIONS_PER_VISITOR; k++) {
        const i = v * CONVERSATIONS_PER_VISITOR + k;
        if (i >= options.conversations) break;
        const agents = Array.from({ length: options.agentsPerConversation }, (_, a) => (i * options.agentsPerConversation + a) % agentTokens.length);
        plans.push({ id: started[`c${k}`].conversation.id, memberTokens: [visitorToken, ...agents.map((a) => agentTokens[a]!)] });
        assignments.push({ conversationId: started[`c${k}`].conversation.id, agent: agents[0] ?? i % agentIds.length });
      }
      if (v % 20 === 19) options.onProgress?.(plans.length);
    }
  };
  const assignments: { conversationId: string; agent: number }[] = [];
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  await assignConversations(url, ownerToken, agentIds, assignments, options.concurrency ?? 16);
  return plans;
}

/** Each conversation to its agent, 15 per request (aliases), while the agent has room. */
async function assignConversations(url: string, ownerToken: string, agentIds: string[], assignments: { conversationId: string; agent: number }[], concurrency: number): Promise<void> {
  const load = new Map<number, number>();
  const wanted = assignments.filter(({ agent }) => {
    const n = load.get(agent) ?? 0;
    load.set(agent, n + 1);
    return n < MAX_CONCURRENT;
  });
  const chunks: (typeof wanted)[] = [];
  for (let i = 0; i < wanted.length; i += CONVERSATIONS_PER_VISITOR) chunks.push(wanted.slice(i, i + CONVERSATIONS_PER_VISITOR));
  let next = 0;
  const worker = async () => {
    for (let c = next++; c < chunks.length; c = next++) {
      const fields = chunks[c]!.map((a, k) => `a${k}: assignConversation(input: { conversationId: ${JSON.stringify(a.conversationId)}, agentId: ${JSON.stringify(agentIds[a.agent])} }) { conversation { id } }`);
      await gql(url, `mutation { ${fields.join('\n')} }`, {}, ownerToken);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
