// AgentConnection rows: one per agent WebSocket (presence/create-presence-tracker.ts). Written only
// by this module, in SQL: every agent socket opens and closes one (a reconnect storm is thousands
// at once), so those are prepared statements, and the heartbeat and the sweep follow so the table
// has one writer. Prisma reads it (presence counts live connections).
import { insertRow } from './model-columns.ts';
import { defineTransaction, sql, type SqlStore, type Steps } from './sql-store.ts';

// One statement per slice stays under the databases' parameter limits.
const SLICE = 500;

const insertTransaction = defineTransaction('agent-connection.insert', function* (dialect, connection: { id: string; agentId: string; workspaceId: string; heartbeatAt: Date }): Steps<void> {
  yield insertRow(dialect, 'AgentConnection', connection);
});

const closeTransaction = defineTransaction('agent-connection.close', function* (_dialect, id: string, at: Date): Steps<void> {
  yield sql`UPDATE "AgentConnection" SET "closedAt" = ${at} WHERE "id" = ${id}`;
});

const setTimeTransaction = defineTransaction('agent-connection.setTime', function* (_dialect, column: 'heartbeatAt' | 'closedAt', at: Date, ids: string[]): Steps<void> {
  yield { text: `UPDATE "AgentConnection" SET "${column}" = $1 WHERE "id" IN (${ids.map((_, j) => `$${j + 2}`).join(', ')})`, params: [at, ...ids] };
});

const deleteDeadTransaction = defineTransaction('agent-connection.deleteDead', function* (_dialect, heartbeatAfter: Date, closedAfter: Date): Steps<void> {
  yield sql`DELETE FROM "AgentConnection" WHERE NOT (("closedAt" IS NULL AND "heartbeatAt" > ${heartbeatAfter}) OR "closedAt" > ${closedAfter})`;
});

export async function insertAgentConnection(store: SqlStore, connection: { id: string; agentId: string; workspaceId: string; heartbeatAt: Date }): Promise<void> {
  await store.write(insertTransaction(connection));
}

export async function closeAgentConnection(store: SqlStore, id: string, at: Date): Promise<void> {
  await store.write(closeTransaction(id, at));
}

/** Sets heartbeatAt or closedAt on many connections (this process's heartbeat, its shutdown). */
export async function updateAgentConnections(store: SqlStore, ids: string[], change: { heartbeatAt: Date } | { closedAt: Date }): Promise<void> {
  const [column, at] = 'heartbeatAt' in change ? (['heartbeatAt', change.heartbeatAt] as const) : (['closedAt', change.closedAt] as const);
  for (let i = 0; i < ids.length; i += SLICE) await store.write(setTimeTransaction(column, at, ids.slice(i, i + SLICE)));
}

/**
 * Deletes connections that are no longer live (presence/refresh-agent-presence.ts): live is open
 * with a heartbeat after heartbeatAfter, or closed after closedAfter.
 */
export async function deleteDeadAgentConnections(store: SqlStore, live: { heartbeatAfter: Date; closedAfter: Date }): Promise<void> {
  await store.write(deleteDeadTransaction(live.heartbeatAfter, live.closedAfter));
}
