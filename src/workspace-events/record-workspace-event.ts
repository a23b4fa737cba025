// Records a workspace event that is not a stored message (those are recorded by the log's append,
// in its transaction): a conversation created, rated, a visitor identified. Called right after the
// change it describes commits. Then the workspace's streams are nudged; they read from storage.
import type { Deps } from '../deps.ts';
import type { WorkspaceEventType } from '../events/workspace-event-types.ts';
import { topics } from '../events/topics.ts';
import type { WorkspaceEvent } from '../storage/models.ts';
import type { Prisma } from '../storage/models.ts';
import { recordWorkspaceEventSteps } from '../storage/sql/workspace-event.ts';

export interface NewWorkspaceEventInput {
  workspaceId: string;
  type: WorkspaceEventType;
  conversationId?: string;
  visitorId?: string;
  data?: Prisma.InputJsonValue;
}

export async function recordWorkspaceEvent(deps: Pick<Deps, 'sql' | 'bus' | 'log'>, event: NewWorkspaceEventInput): Promise<WorkspaceEvent | null> {
  const dialect = deps.sql.dialect;
  const now = new Date();
  const recorded = await deps.sql.transaction(() => recordWorkspaceEventSteps(dialect, event as Parameters<typeof recordWorkspaceEventSteps>[1], now));
  if (recorded) await notifyWorkspaceEvent(deps, recorded);
  return recorded;
}

/** After commit: wake the workspace's streams and this process's webhook fan-out. At-most-once; they also poll. */
export async function notifyWorkspaceEvent(deps: Pick<Deps, 'bus' | 'log'>, event: Pick<WorkspaceEvent, 'workspaceId' | 'position'>): Promise<void> {
  await deps.bus.publish(topics.workspaceEvents(event.workspaceId), { position: event.position });
}
