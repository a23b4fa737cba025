// The one way a conversation gets an assignee. One short transaction, on both databases:
//   1. lock the agent row: PostgreSQL `SELECT … FOR UPDATE SKIP LOCKED` (an agent locked by
//      another claim is skipped, not waited for, so claims never queue up holding pool
//      connections); SQLite takes its single write lock with the UPDATE below. Either way,
//      capacity checks for one agent run one at a time across every process;
//   2. count the agent's open conversations (on PostgreSQL a fresh READ COMMITTED snapshot taken
//      after the lock, so it sees every assignment committed before) and give up if full;
//   3. conditional UPDATE of the conversation (assignee still the expected one, still open): only
//      one transaction can win it, so no conversation is assigned twice;
//   4. append the ASSIGNED event with its seq (conversation-log/append-event.ts).
// Locks are always taken agent first, then conversation, so two claims cannot deadlock.
import { lockWorkspaceForEventInTx } from '../../conversation-log/append-event.ts';
import { retryOnLockConflict } from '../../storage/retry-on-lock-conflict.ts';
import { type AppendedEvent, appendEventInTx } from '../../conversation-log/append-event.ts';
import type { EventAuthor } from '../../conversation-log/author-of.ts';
import { OPEN_STATUSES } from '../../conversation-log/open-statuses.ts';
import type { Deps } from '../../deps.ts';
import type { Prisma } from '../../storage/models.ts';
import { lockAgent } from '../../storage/sql/agent.ts';
import { type ConversationChanges, updateConversationWhereInTx } from '../../storage/sql/conversation.ts';

export interface ClaimInput {
  workspaceId: string;
  conversationId: string;
  /** null returns the conversation to the queue (no capacity check). */
  agentId: string | null;
  /** The assignee the caller saw; the claim fails if it changed meanwhile. */
  expectedAssigneeId: string | null;
  author: EventAuthor;
  body: string;
  data: Prisma.InputJsonValue;
  /** Extra conversation changes applied with the assignment (department, queue state). */
  changes?: ConversationChanges;
  /** Wait for an agent locked by another claim instead of reporting busy (people picking by hand). */
  isWaitingForAgent?: boolean;
}

/** full: the agent has no room; busy: another claim holds the agent (PostgreSQL), try another; taken: the conversation changed. */
export type ClaimResult = { kind: 'assigned'; appended: AppendedEvent } | { kind: 'full' } | { kind: 'busy' } | { kind: 'taken' };

class ClaimAborted extends Error {
  constructor(readonly reason: 'full' | 'busy' | 'taken') {
    super(reason);
  }
}

export async function claimAssignment(deps: Pick<Deps, 'db' | 'sql' | 'metrics' | 'inboxOrder'>, input: ClaimInput): Promise<ClaimResult> {
  const now = new Date();
  try {
    const appended = await retryOnLockConflict(() =>
      deps.db.$transaction(
      async (tx) => {
        await lockWorkspaceForEventInTx(deps, tx, input.workspaceId);
        if (input.agentId) {
          if (!(await lockAgent(tx, deps.sql.dialect, input.agentId, input.isWaitingForAgent ? 'wait' : 'skip-locked'))) throw new ClaimAborted('busy');
          const agent = await tx.agent.update({ where: { id: input.agentId, workspaceId: input.workspaceId }, data: { lastAssignedAt: now }, select: { maxConcurrent: true } });
          const open = await tx.conversation.count({ where: { assigneeId: input.agentId, status: { in: [...OPEN_STATUSES] } } });
          if (open >= agent.maxConcurrent) throw new ClaimAborted('full');
        }
        const won = await updateConversationWhereInTx(
          tx,
          deps.sql.dialect,
          { id: input.conversationId, workspaceId: input.workspaceId, assigneeId: input.expectedAssigneeId, status: OPEN_STATUSES },
          input.agentId
            ? { assigneeId: input.agentId, queueState: 'ASSIGNED', assignedAt: now, awaitingReplySince: now, ...input.changes }
            : { assigneeId: null, queueState: 'WAITING', assignedAt: null, awaitingReplySince: null, queuedAt: now, ...input.changes },
        );
        if (!won) throw new ClaimAborted('taken');
        return appendEventInTx(deps, tx, {
          workspaceId: input.workspaceId,
          conversationId: input.conversationId,
          kind: 'ASSIGNED',
          ...input.author,
          body: input.body,
          data: input.data,
        });
      },
      { maxWait: 15_000, timeout: 20_000 },
      ),
    );
    deps.metrics.messagesStored.inc();
    deps.metrics.routingClaims.inc({ outcome: 'assigned' });
    return { kind: 'assigned', appended };
  } catch (error) {
    if (!(error instanceof ClaimAborted)) throw error;
    deps.metrics.routingClaims.inc({ outcome: error.reason });
    return { kind: error.reason };
  }
}
