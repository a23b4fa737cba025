// /metrics with `--workers 2`: whichever worker a scrape lands on, it reports the whole server
// (summed over workers by the primary), so consecutive scrapes agree and totals only grow.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, SEND_MESSAGE, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { spawnServer, type ServerProcess } from '../testing/spawn-server.ts';
import { waitUntil } from '../testing/wait-until.ts';

/** One scrape on a fresh connection, so the cluster hands it to any worker. */
function scrape(port: number): Promise<{ worker: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/metrics', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve({ worker: String(res.headers['x-kefu-worker']), body }) : reject(new Error(`status ${res.statusCode}: ${body}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

function sample(body: string, name: string): number {
  const line = body.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`${name} is not in the scrape`);
  return Number(line.slice(name.length + 1));
}

describe('kefu start --workers 2: /metrics', () => {
  let server: ServerProcess;
  const started: { conversationId: string; ownerToken: string }[] = [];
  beforeAll(async () => {
    server = await spawnServer({ KEFU_DATA_DIR: `/tmp/kefu-metrics-${randomUUID()}` }, ['--workers', '2']);
    // /ready answers once the first worker listens; scrape until the second one answers too.
    const seen = new Set<string>();
    await waitUntil(async () => seen.add((await scrape(server.port)).worker).size === 2, 'both workers serving /metrics');
  }, 180_000);
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  it('reports one total for the whole server on every scrape, and it only grows', async () => {
    const ws = await createWorkspaceFixture(server.url);
    const { conversationId, visitorToken } = await startVisitorConversation(server.url, ws.widgetKey, 'first');
    started.push({ conversationId, ownerToken: ws.ownerToken });

    const first = await Promise.all(Array.from({ length: 8 }, () => scrape(server.port)));
    expect(new Set(first.map((s) => s.worker)).size).toBe(2);
    const totals = first.map((s) => sample(s.body, 'kefu_messages_stored_total'));
    expect(new Set(totals).size).toBe(1);
    expect(totals[0]).toBeGreaterThanOrEqual(1);

    for (let i = 0; i < 5; i++) {
      await gqlData(server.url, SEND_MESSAGE, { input: { conversationId, body: `more ${i}`, clientMessageId: randomUUID() } }, visitorToken);
    }
    const second = await Promise.all(Array.from({ length: 8 }, () => scrape(server.port)));
    const after = second.map((s) => sample(s.body, 'kefu_messages_stored_total'));
    expect(new Set(after).size).toBe(1);
    expect(after[0]).toBe(totals[0]! + 5);
  }, 60_000);

  it('counts database-wide gauges once, not once per worker', async () => {
    const ws = await createWorkspaceFixture(server.url);
    const { conversationId } = await startVisitorConversation(server.url, ws.widgetKey, 'anyone there?');
    started.push({ conversationId, ownerToken: ws.ownerToken });
    let waitingInServer = 0;
    for (const { conversationId: id, ownerToken } of started) {
      const { conversation } = await gqlData(server.url, 'query($id: ID!) { conversation(id: $id) { queueState } }', { id }, ownerToken);
      if (conversation.queueState === 'WAITING') waitingInServer++;
    }
    const scrapes = await Promise.all(Array.from({ length: 6 }, () => scrape(server.port)));
    const waiting = scrapes.map((s) => sample(s.body, 'kefu_queue_waiting'));
    expect(new Set(waiting).size).toBe(1);
    expect(waiting[0]).toBe(waitingInServer);
    const oldestWait = scrapes.map((s) => sample(s.body, 'kefu_queue_oldest_wait_seconds'));
    expect(oldestWait.every((seconds) => (waitingInServer > 0 ? seconds > 0 : seconds === 0))).toBe(true);
    expect(scrapes.map((s) => sample(s.body, 'kefu_agents_online'))).toEqual(Array(6).fill(0));
  });

  it('exports every series the Grafana dashboard plots', async () => {
    const dashboard = readFileSync(new URL('../../deploy/grafana-dashboard.json', import.meta.url), 'utf8');
    const plotted = new Set([...dashboard.matchAll(/\b((?:kefu|graphql_envelop|process)_[a-z_]+)/g)].map((m) => m[1]!.replace(/_(bucket|count|sum)$/, '')));
    const { body } = await scrape(server.port);
    const exported = new Set([...body.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]!));
    expect([...plotted].filter((name) => !exported.has(name))).toEqual([]);
  });

  it('has a duration histogram per GraphQL operation', async () => {
    const { body } = await scrape(server.port);
    expect(body).toContain('# TYPE graphql_envelop_request_duration histogram');
    expect(body).toMatch(/graphql_envelop_request_duration_bucket\{[^}]*operationType="mutation"/);
    expect(body).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationType="mutation"[^}]*\} \d+/);
  });
});
