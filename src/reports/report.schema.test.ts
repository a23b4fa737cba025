// The report query over HTTP on a conversation played through the real API: admins read it,
// agents are refused, a bad range is a BAD_USER_INPUT that says what to change.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFixture, createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const REPORT = `query($input: ReportInput!) { report(input: $input) {
  totals { conversations firstResponseCount resolvedCount csatCount csatAverage }
  byStatus { status count } byChannel { channel count } csatDistribution { score count }
  agents { agentId name figures { conversations firstResponseCount resolvedCount csatAverage } }
  periods { start figures { conversations } }
} }`;

describe('report query', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    ws = await createWorkspaceFixture(t.url);
    const { conversationId, visitorToken } = await startVisitorConversation(t.url, ws.widgetKey, 'Where is my parcel?');
    await gqlData(t.url, `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { id } } }`, { input: { conversationId, agentId: ws.ownerId } }, ws.ownerToken);
    await gqlData(t.url, SEND_MESSAGE, { input: { conversationId, body: 'It ships today.', clientMessageId: randomUUID() } }, ws.ownerToken);
    await gqlData(t.url, `mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id } } }`, { input: { conversationId, status: 'RESOLVED' } }, ws.ownerToken);
    await gqlData(t.url, `mutation($input: RateConversationInput!) { rateConversation(input: $input) { __typename } }`, { input: { conversationId, score: 4 } }, visitorToken);
  });
  afterAll(() => t.close());

  it('gives an admin the figures of the conversation just played', async () => {
    const { report } = await gqlData(t.url, REPORT, { input: { from, to, interval: 'DAY' } }, ws.ownerToken);
    expect(report.totals).toEqual({ conversations: 1, firstResponseCount: 1, resolvedCount: 1, csatCount: 1, csatAverage: 4 });
    expect(report.byStatus).toContainEqual({ status: 'RESOLVED', count: 1 });
    expect(report.byChannel).toContainEqual({ channel: 'WIDGET', count: 1 });
    expect(report.csatDistribution[3]).toEqual({ score: 4, count: 1 });
    expect(report.agents).toEqual([{ agentId: ws.ownerId, name: 'Owner', figures: { conversations: 1, firstResponseCount: 1, resolvedCount: 1, csatAverage: 4 } }]);
    expect(report.periods.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses agents and visitors', async () => {
    const agent = await createAgentFixture(t.url, ws.ownerToken, 'AGENT');
    const refused = await gql(t.url, REPORT, { input: { from, to } }, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, REPORT, { input: { from, to } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a reversed or too long range with BAD_USER_INPUT naming the field', async () => {
    const reversed = await gql(t.url, REPORT, { input: { from: to, to: from } }, ws.ownerToken);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'to' }] });
    const long = await gql(t.url, REPORT, { input: { from: '2020-01-01T00:00:00Z', to } }, ws.ownerToken);
    expect(long.errors?.[0]?.message).toMatch(/longer than 366 days/);
  });
});
