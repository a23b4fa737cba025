// Agent and AgentSession rows. Written only by Prisma (sign-up, settings, presence, sessions):
// none of it is per message. SQL reads them where every request or claim does.
import type { Agent } from '../models.ts';
import type { SqlDialect } from './dialect.ts';
import { runInPrismaTransaction, type PrismaTransaction } from './prisma-transaction-steps.ts';
import { sql, type SqlStore } from './sql-store.ts';

/** The agent of a live session (not signed out, not deactivated), or null. Every agent request asks. */
export async function findSessionAgent(store: SqlStore, sessionId: string, agentId: string): Promise<Pick<Agent, 'id' | 'workspaceId' | 'role'> | null> {
  const [agent] = await store.all(
    sql`SELECT a."id", a."workspaceId", a."role" FROM "AgentSession" s JOIN "Agent" a ON a."id" = s."agentId"
        WHERE s."id" = ${sessionId} AND a."id" = ${agentId} AND s."revokedAt" IS NULL AND a."deactivatedAt" IS NULL`,
  );
  return (agent as Pick<Agent, 'id' | 'workspaceId' | 'role'> | undefined) ?? null;
}

/**
 * Row-locks the agent inside a Prisma transaction so capacity checks for one agent run one at a
 * time (routing/claim-assignment.ts). false: another transaction holds it and mode is
 * skip-locked. Where the dialect has no row locks (SQLite) the transaction's write lock does this.
 */
export async function lockAgent(tx: PrismaTransaction, dialect: SqlDialect, agentId: string, mode: 'wait' | 'skip-locked'): Promise<boolean> {
  const lock = dialect.lockRows(mode);
  if (lock === null) return true;
  const rows = await runInPrismaTransaction(tx, dialect, { text: `SELECT "id" FROM "Agent" WHERE "id" = $1 ${lock}`, params: [agentId] });
  return rows.length > 0;
}
