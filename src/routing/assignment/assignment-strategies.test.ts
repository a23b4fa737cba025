// Each strategy through the public API: least-busy, round-robin, sticky and manual pick.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture } from '../../testing/fixtures.ts';
import { gql, gqlData } from '../../testing/graphql-client.ts';
import { createOnlineAgent, resolveConversation, setRoutingSettings, startRoutedConversation, startVisitor, type OnlineAgent } from '../../testing/routing-fixtures.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

describeEachStorage('assignment strategies', (provider) => {
  let t: TestApp;
  const agents: OnlineAgent[] = [];
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { routing: { sweepIntervalMs: 60_000 } } });
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.client.dispose()));
    await t.close();
  });
  const online = async (ownerToken: string, routing: { maxConcurrent?: number } = {}) => {
    const agent = await createOnlineAgent(t.url, t.wsUrl, ownerToken, routing);
    agents.push(agent);
    return agent;
  };
  const startMany = async (widgetKey: string, count: number) => {
    const out = [];
    for (let i = 0; i < count; i++) out.push(await startRoutedConversation(t.url, (await startVisitor(t.url, widgetKey)).token));
    return out;
  };

  it('least-busy fills agents evenly up to their capacity, then queues', async () => {
    const ws = await createWorkspaceFixture(t.url);
    const [a, b] = [await online(ws.ownerToken, { maxConcurrent: 2 }), await online(ws.ownerToken, { maxConcurrent: 2 })];
    const started = await startMany(ws.widgetKey, 5);
    const counts = (id: string) => started.filter((c) => c.assigneeId === id).length;
    expect([counts(a.agentId), counts(b.agentId)]).toEqual([2, 2]);
    expect(started[0]!.assigneeId).not.toBe(started[1]!.assigneeId);
    expect(started[4]).toMatchObject({ assigneeId: null, queueState: 'WAITING' });
  });

  it('round-robin hands conversations to agents in turn', async () => {
    const ws = await createWorkspaceFixture(t.url);
    await setRoutingSettings(t.url, ws.ownerToken, { strategy: 'ROUND_ROBIN' });
    await online(ws.ownerToken);
    await online(ws.ownerToken);
    await online(ws.ownerToken);
    const order = (await startMany(ws.widgetKey, 6)).map((c) => c.assigneeId);
    expect(new Set(order.slice(0, 3)).size).toBe(3);
    expect(order.slice(3)).toEqual(order.slice(0, 3));
  });

  it('sticky returns a visitor to their last agent, and hashes consistently when that agent is away', async () => {
    const ws = await createWorkspaceFixture(t.url);
    await setRoutingSettings(t.url, ws.ownerToken, { strategy: 'STICKY' });
    const team = [await online(ws.ownerToken), await online(ws.ownerToken), await online(ws.ownerToken)];
    const visitor = await startVisitor(t.url, ws.widgetKey);
    const first = await startRoutedConversation(t.url, visitor.token);
    await resolveConversation(t.url, ws.ownerToken, first.id);
    const again = await startRoutedConversation(t.url, visitor.token, { forceNew: true });
    expect(again.assigneeId).toBe(first.assigneeId);

    const last = team.find((a) => a.agentId === first.assigneeId)!;
    await gqlData(t.url, `mutation { setAgentStatus(input: { status: AWAY }) { presence } }`, undefined, last.token);
    await resolveConversation(t.url, ws.ownerToken, again.id);
    const third = await startRoutedConversation(t.url, visitor.token, { forceNew: true });
    await resolveConversation(t.url, ws.ownerToken, third.id);
    const fourth = await startRoutedConversation(t.url, visitor.token, { forceNew: true });
    expect(third.assigneeId).not.toBe(last.agentId);
    expect(fourth.assigneeId).toBe(third.assigneeId);
  });

  it('manual: conversations wait in the shared queue; agents pick them, never beyond capacity', async () => {
    const ws = await createWorkspaceFixture(t.url);
    await setRoutingSettings(t.url, ws.ownerToken, { strategy: 'MANUAL' });
    const agent = await online(ws.ownerToken, { maxConcurrent: 1 });
    const [c1, c2] = await startMany(ws.widgetKey, 2);
    expect([c1!.queueState, c1!.assigneeId, c2!.queueState]).toEqual(['WAITING', null, 'WAITING']);
    const queue = await gqlData(t.url, `{ conversations(filter: { isUnassigned: true }) { edges { node { id queueStatus { position } } } } }`, undefined, agent.token);
    expect(queue.conversations.edges.map((e: any) => e.node.queueStatus.position).sort()).toEqual([1, 2]);
    const ASSIGN = `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { assignee { id } queueState } } }`;
    const picked = await gqlData(t.url, ASSIGN, { input: { conversationId: c1!.id, agentId: agent.agentId } }, agent.token);
    expect(picked.assignConversation.conversation).toEqual({ assignee: { id: agent.agentId }, queueState: 'ASSIGNED' });
    const refused = await gql(t.url, ASSIGN, { input: { conversationId: c2!.id, agentId: agent.agentId } }, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('AGENT_AT_CAPACITY');
  });
});
