// Retention of the workspace event log and the webhook delivery log on every database: expired
// events are deleted unless an enabled endpoint still has to fan them out, finished deliveries go,
// pending ones stay, and a bot resuming from a deleted cursor is told so instead of missing events.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gqlData, openWsClient, subscribe } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { encodeWorkspaceCursor } from '../workspace-events/workspace-event-cursor.ts';
import { pruneWorkspaceEvents } from '../workspace-events/prune-workspace-events.ts';
import { createWebhookTarget } from './manage-webhook-endpoints.ts';
import { pruneWebhookDeliveries } from './prune-webhook-deliveries.ts';

const WORKSPACE_EVENTS = `subscription($after: String) { workspaceEvents(after: $after) { cursor message { body } } }`;
const DAY = 86_400_000;

describeEachStorage('event retention', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;

  beforeAll(async () => {
    // No dispatcher: the test moves the endpoint's cursor itself.
    t = await startTestApp({ provider, config: { webhooks: { isDispatcherEnabled: false }, workspaceEvents: { retentionDays: 30 } } });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t?.close());

  const positions = async () => (await t.app.deps.db.workspaceEvent.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { position: 'asc' } })).map((e) => e.position);

  it('deletes expired events up to the slowest enabled endpoint, and refuses a cursor whose next event is gone', async () => {
    const { db } = t.app.deps;
    const conversation = await startVisitorConversation(t.url, ws.widgetKey, 'first');
    for (const body of ['second', 'third', 'fourth']) {
      await gqlData(t.url, SEND_MESSAGE, { input: { conversationId: conversation.conversationId, body, clientMessageId: randomUUID() } }, conversation.visitorToken);
    }
    const all = await positions();
    expect(all.length).toBeGreaterThanOrEqual(5);
    const expiredUpTo = all.at(-2)!; // every event but the newest is 40 days old
    await db.workspaceEvent.updateMany({ where: { workspaceId: ws.workspaceId, position: { lte: expiredUpTo } }, data: { createdAt: new Date(Date.now() - 40 * DAY) } });
    const endpoint = await createWebhookTarget(t.app.deps, { workspaceId: ws.workspaceId, url: 'https://hooks.example.com/k', events: ['message.created'] });
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { cursor: all[1]! } });

    await pruneWorkspaceEvents(t.app.deps);
    expect(await positions()).toEqual(all.slice(2)); // held back by the endpoint's cursor
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } });
    await pruneWorkspaceEvents(t.app.deps);
    expect(await positions()).toEqual([all.at(-1)]);

    const client = openWsClient(t.wsUrl, ws.ownerToken);
    const expired = subscribe(client, WORKSPACE_EVENTS, { after: encodeWorkspaceCursor(all[0]!) });
    const refusal = JSON.stringify((await expired.done).error);
    expect(refusal).toMatch(/"code":"CURSOR_EXPIRED"/);
    expect(refusal).toMatch(/older than 30 days \(workspaceEvents\.retentionDays\)/);
    const resumed = subscribe<{ workspaceEvents: { cursor: string } }>(client, WORKSPACE_EVENTS, { after: encodeWorkspaceCursor(expiredUpTo) });
    const [first] = await resumed.waitFor(1);
    expect(first!.workspaceEvents.cursor).toBe(encodeWorkspaceCursor(all.at(-1)!));
    resumed.stop();
    await client.dispose();
  });

  it('deletes finished deliveries older than the retention period and keeps pending ones', async () => {
    const { db } = t.app.deps;
    const endpoint = await createWebhookTarget(t.app.deps, { workspaceId: ws.workspaceId, url: 'https://hooks.example.com/d', events: ['message.created'] });
    const old = new Date(Date.now() - 31 * DAY);
    const row = (status: string, createdAt: Date) => ({ workspaceId: ws.workspaceId, endpointId: endpoint.id, eventId: randomUUID(), eventType: 'message.created', body: '{}', status, createdAt });
    await db.webhookDelivery.createMany({ data: [row('DELIVERED', old), row('FAILED', old), row('PENDING', old), row('DELIVERED', new Date())] });
    expect(await pruneWebhookDeliveries(t.app.deps)).toBe(2);
    const left = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, orderBy: { createdAt: 'asc' } });
    expect(left.map((d) => d.status)).toEqual(['PENDING', 'DELIVERED']);
  });
});
