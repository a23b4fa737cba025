// AgentConnection rows: one per agent WebSocket (presence/create-presence-tracker.ts). Written only
// by this module, in SQL: every agent socket opens and closes one (a reconnect storm is thousands
// at once), so those are prepared statements, and the heartbeat and the sweep follow so the table
// has one writer. Prisma reads it (presence counts live connections).
import { insertRow } from './model-columns.ts';
import { sql, type SqlStore } from './sql-store.ts';

// One statement per slice stays under the databases' parameter limits.
const SLICE = 500;

export async function insertAgentConnection(store: SqlStore, connection: { id: string; agentId: string; workspaceId: string; heartbeatAt: Date }): Promise<void> {
  await store.all(insertRow(store.dialect, 'AgentConnection', connection));
}

export async function closeAgentConnection(store: SqlStore, id: string, at: Date): Promise<void> {
  await store.all(sql`UPDATE "AgentConnection" SET "closedAt" = ${at} WHERE "id" = ${id}`);
}

/** Sets heartbeatAt or closedAt on many connections (this process's heartbeat, its shutdown). */
export async function updateAgentConnections(store: SqlStore, ids: string[], change: { heartbeatAt: Date } | { closedAt: Date }): Promise<void> {
  const [column, at] = 'heartbeatAt' in change ? ['heartbeatAt', change.heartbeatAt] : ['closedAt', change.closedAt];
  for (let i = 0; i < ids.length; i += SLICE) {
    const slice = ids.slice(i, i + SLICE);
    await store.all({ text: `UPDATE "AgentConnection" SET "${column}" = $1 WHERE "id" IN (${slice.map((_, j) => `$${j + 2}`).join(', ')})`, params: [at, ...slice] });
  }
}

/**
 * Deletes connections that are no longer live (presence/refresh-agent-presence.ts): live is open
 * with a heartbeat after heartbeatAfter, or closed after closedAfter.
 */
export async function deleteDeadAgentConnections(store: SqlStore, live: { heartbeatAfter: Date; closedAfter: Date }): Promise<void> {
  const { heartbeatAfter, closedAfter } = live;
  await store.all(sql`DELETE FROM "AgentConnection" WHERE NOT (("closedAt" IS NULL AND "heartbeatAt" > ${heartbeatAfter}) OR "closedAt" > ${closedAfter})`);
}
