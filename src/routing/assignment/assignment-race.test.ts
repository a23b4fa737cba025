// The atomicity proof: several real `kefu start` processes on one SQLite file / PostgreSQL schema,
// hundreds of visitors starting conversations at the same moment against a few agents with small
// capacities. Then, read from the database: nobody above capacity, no conversation assigned
// twice (one ASSIGNED event each), and freed slots go to the oldest waiting visitors first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveDatabaseTarget } from '../../storage/database-url.ts';
import { openDatabase, type Database } from '../../storage/open-database.ts';
import { createWorkspaceFixture } from '../../testing/fixtures.ts';
import { gql } from '../../testing/graphql-client.ts';
import { createOnlineAgent, resolveConversation, START_CONVERSATION, startVisitor, type OnlineAgent } from '../../testing/routing-fixtures.ts';
import { describeEachStorage } from '../../testing/services.ts';
import { spawnServer, type ServerProcess } from '../../testing/spawn-server.ts';
import { createTestDatabase } from '../../testing/start-test-app.ts';

const PROCESSES = 3;
const CONVERSATIONS = 200;
const AGENTS = 8;
const CAPACITY = 3;
const RESOLVED = 12;

/** Retries a request the socket dropped (a keep-alive reset under load); every call here is idempotent. */
async function retryOnReset<T>(call: () => Promise<T>, attempts = 3): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (attempts <= 1 || !(error instanceof TypeError)) throw error;
    return retryOnReset(call, attempts - 1);
  }
}

describeEachStorage('assignment race across processes', (provider) => {
  let servers: ServerProcess[] = [];
  let agents: OnlineAgent[] = [];
  let database: Database;
  let dir: string;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kefu-race-'));
    const created = await createTestDatabase(provider);
    dropDatabase = created.drop;
    const env = { DATABASE_URL: created.url, KEFU_AUTH_SECRET: 'shared-secret-shared-secret-shared-secret', KEFU_DATA_DIR: dir, KEFU_ROUTING_SWEEP_INTERVAL_MS: '1000' };
    servers = [await spawnServer(env)];
    servers.push(...(await Promise.all(Array.from({ length: PROCESSES - 1 }, () => spawnServer(env)))));
    database = await openDatabase(resolveDatabaseTarget({ database: { url: created.url }, dataDir: dir }), console);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.client.dispose()));
    await Promise.all(servers.map((s) => s.stop()));
    await database?.close();
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${CONVERSATIONS} simultaneous conversations on ${PROCESSES} processes, ${AGENTS} agents × capacity ${CAPACITY}: 0 over capacity, 0 double assignments, queue order kept`, async () => {
    const server = (i: number) => servers[i % PROCESSES]!;
    const ws = await createWorkspaceFixture(server(0).url);
    agents = await Promise.all(Array.from({ length: AGENTS }, (_, i) => createOnlineAgent(server(i).url, server(i).wsUrl, ws.ownerToken, { maxConcurrent: CAPACITY })));
    const visitors = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => retryOnReset(() => startVisitor(server(i).url, ws.widgetKey, `v${i}`))));

    const results = await Promise.all(visitors.map((v, i) => retryOnReset(() => gql(server(i + 1).url, START_CONVERSATION, { input: {} }, v.token))));
    const failed = results.filter((r) => r.errors);
    if (failed.length > 0) process.stdout.write(servers.map((s, i) => `server ${i} log:\n${s.output()}`).join('\n'));
    expect(failed).toEqual([]);

    const db = database.db;
    const slots = AGENTS * CAPACITY;
    const assignedCount = () => db.conversation.count({ where: { workspaceId: ws.workspaceId, assigneeId: { not: null }, status: 'OPEN' } });
    await expect.poll(assignedCount, { timeout: 20_000 }).toBe(slots);
    const checkInvariants = async () => {
      const perAgent = await db.conversation.groupBy({ by: ['assigneeId'], where: { workspaceId: ws.workspaceId, assigneeId: { not: null }, status: { in: ['OPEN', 'PENDING'] } }, _count: { _all: true } });
      const overCapacity = perAgent.filter((row) => row._count._all > CAPACITY).length;
      const assignedEvents = await db.message.groupBy({ by: ['conversationId'], where: { workspaceId: ws.workspaceId, kind: 'ASSIGNED' }, _count: { _all: true } });
      const doubleAssigned = assignedEvents.filter((row) => row._count._all > 1).length;
      return { overCapacity, doubleAssigned, assignedEvents: assignedEvents.length, busiest: Math.max(...perAgent.map((r) => r._count._all)) };
    };
    const afterBurst = await checkInvariants();
    expect(afterBurst).toEqual({ overCapacity: 0, doubleAssigned: 0, assignedEvents: slots, busiest: CAPACITY });

    // Free RESOLVED slots at once from every process: the oldest waiting conversations get them.
    const waitingBefore = await db.conversation.findMany({ where: { workspaceId: ws.workspaceId, queueState: 'WAITING' }, orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }], select: { id: true } });
    expect(waitingBefore).toHaveLength(CONVERSATIONS - slots);
    const toResolve = await db.conversation.findMany({ where: { workspaceId: ws.workspaceId, assigneeId: { not: null } }, take: RESOLVED, select: { id: true } });
    await Promise.all(toResolve.map((c, i) => retryOnReset(() => resolveConversation(server(i).url, ws.ownerToken, c.id))));
    await expect.poll(assignedCount, { timeout: 20_000 }).toBe(slots);
    const served = await db.conversation.findMany({ where: { workspaceId: ws.workspaceId, id: { in: waitingBefore.map((c) => c.id) }, assigneeId: { not: null } }, select: { id: true } });
    expect(new Set(served.map((c) => c.id))).toEqual(new Set(waitingBefore.slice(0, RESOLVED).map((c) => c.id)));
    const final = await checkInvariants();
    expect(final).toEqual({ overCapacity: 0, doubleAssigned: 0, assignedEvents: slots + RESOLVED, busiest: CAPACITY });
    process.stdout.write(
      `race [${provider}]: ${PROCESSES} processes, ${CONVERSATIONS} conversations, ${AGENTS} agents × capacity ${CAPACITY}: ` +
        `over-capacity ${final.overCapacity}, double assignments ${final.doubleAssigned}, ${slots} assigned at once, ${RESOLVED} freed slots served oldest-first\n`,
    );
    // On MariaDB this takes about 65 s on a quiet 2-core box (PostgreSQL 31 s, SQLite 24 s), and
    // up to three times as long on a shared one.
  }, 300_000);
});
