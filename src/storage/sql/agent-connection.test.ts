// AgentConnection rows: written by agent-connection.ts only; Prisma reads them back unchanged.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachStorage } from '../../testing/services.ts';
import { closeAgentConnection, deleteDeadAgentConnections, insertAgentConnection, updateAgentConnections } from './agent-connection.ts';
import { openTestStorage, type TestStorage } from './test-storage.ts';

describeEachStorage('storage/sql agent-connection', (provider) => {
  let storage: TestStorage;
  let agentId: string;
  const connection = (id: string, heartbeatAt = new Date('2026-02-03T04:05:06.789Z')) => ({ id, agentId, workspaceId: storage.workspaceId, heartbeatAt });
  const prismaRead = (ids: string[]) => storage.database.db.agentConnection.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    storage = await openTestStorage(provider);
    agentId = (await storage.database.db.agent.create({ data: { workspaceId: storage.workspaceId, email: 'c@example.com', name: 'C', passwordHash: 'x' } })).id;
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('inserts and closes rows Prisma reads back with every column', async () => {
    await insertAgentConnection(storage.database.sql, connection('conn-a'));
    expect(await prismaRead(['conn-a'])).toEqual([{ ...connection('conn-a'), closedAt: null }]);
    const closedAt = new Date('2026-02-03T04:05:07.001Z');
    await closeAgentConnection(storage.database.sql, 'conn-a', closedAt);
    expect(await prismaRead(['conn-a'])).toEqual([{ ...connection('conn-a'), closedAt }]);
  });

  it('updates many rows in slices under the parameter limits', async () => {
    const ids = Array.from({ length: 1201 }, (_, i) => `conn-many-${String(i).padStart(4, '0')}`);
    for (const id of ids) await insertAgentConnection(storage.database.sql, connection(id));
    const heartbeatAt = new Date('2026-02-03T05:00:00.000Z');
    await updateAgentConnections(storage.database.sql, ids, { heartbeatAt });
    const closedAt = new Date('2026-02-03T05:00:01.000Z');
    await updateAgentConnections(storage.database.sql, ids.slice(0, 2), { closedAt });
    const rows = await storage.database.db.agentConnection.findMany({ where: { id: { startsWith: 'conn-many-' } }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(ids.length);
    expect(rows.every((row) => row.heartbeatAt.getTime() === heartbeatAt.getTime())).toBe(true);
    expect(rows.filter((row) => row.closedAt !== null)).toEqual(ids.slice(0, 2).map((id) => ({ ...connection(id, heartbeatAt), closedAt })));
  });

  it('deletes rows that are no longer live and keeps live ones', async () => {
    const t = (s: string) => new Date(`2026-04-01T00:00:${s}.000Z`);
    await insertAgentConnection(storage.database.sql, connection('live-open', t('50')));
    await insertAgentConnection(storage.database.sql, connection('live-closed', t('10')));
    await closeAgentConnection(storage.database.sql, 'live-closed', t('40'));
    await insertAgentConnection(storage.database.sql, connection('dead-closed', t('10')));
    await closeAgentConnection(storage.database.sql, 'dead-closed', t('20'));
    await deleteDeadAgentConnections(storage.database.sql, { heartbeatAfter: t('30'), closedAfter: t('30') });
    expect((await prismaRead(['live-open', 'live-closed', 'dead-closed'])).map((row) => row.id)).toEqual(['live-closed', 'live-open']);
  });
});
