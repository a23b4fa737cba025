// Many drains of one workspace at once (a burst of new conversations, each serving the queue)
// share one: the free slots go to the oldest waiting visitors with one claim each, instead of
// every drain trying to claim the same conversations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture } from '../../testing/fixtures.ts';
import { createOnlineAgent, startRoutedConversation, startVisitor, type OnlineAgent } from '../../testing/routing-fixtures.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';
import { drainQueue } from './drain-queue.ts';

const claimCount = async (t: TestApp) => (await t.app.deps.metrics.routingClaims.get()).values.reduce((sum, { value }) => sum + value, 0);

describe('drainQueue', () => {
  let t: TestApp;
  let agent: OnlineAgent | undefined;
  beforeAll(async () => {
    // No periodic sweep: only the drains this test starts serve the queue.
    t = await startTestApp({ config: { routing: { sweepIntervalMs: 3_600_000 } } });
  });
  afterAll(async () => {
    await agent?.client.dispose();
    await t.close();
  });

  it('runs once per workspace at a time: twenty calls at once make one claim per free slot, oldest visitor first', async () => {
    const w = await createWorkspaceFixture(t.url);
    agent = await createOnlineAgent(t.url, t.wsUrl, w.ownerToken, { maxConcurrent: 1 });
    const conversations = [];
    for (let i = 0; i < 8; i++) conversations.push(await startRoutedConversation(t.url, (await startVisitor(t.url, w.widgetKey, `v${i}`)).token));
    expect(conversations.map((c) => c.assigneeId)).toEqual([agent.agentId, ...Array(7).fill(null)]);

    // Three more slots, without anything that would serve the queue by itself.
    await t.app.deps.db.agent.update({ where: { id: agent.agentId }, data: { maxConcurrent: 4 } });
    const claimsBefore = await claimCount(t);
    const results = await Promise.all(Array.from({ length: 20 }, () => drainQueue(t.app.deps, w.workspaceId)));

    expect(results).toEqual(Array(20).fill(3));
    const assigned = await t.app.deps.db.conversation.findMany({ where: { workspaceId: w.workspaceId, assigneeId: agent.agentId }, select: { id: true } });
    expect(new Set(assigned.map((c) => c.id))).toEqual(new Set(conversations.slice(0, 4).map((c) => c.id)));
    // Each drain on its own made about one claim per slot: 60 here.
    expect((await claimCount(t)) - claimsBefore).toBe(3);
  });
});
