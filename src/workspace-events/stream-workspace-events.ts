// The resumable workspace stream for bots (README "Integrate a bot"): every workspace event the
// caller may see, in position order, after the cursor it stored. Storage is the source: the bus only
// wakes the stream (inbox and workspace-event topics, bus gaps) and a timer covers a lost publish,
// so a missed publish delays an event, never drops it. Pages are read only when the consumer pulls,
// so a slow socket holds one page, not an unbounded buffer (graphql-ws backpressure).
import { canAccessConversation, isStaff, requireServe, type StaffPrincipal } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { createCancelableStream } from '../events/cancelable-stream.ts';
import { topics } from '../events/topics.ts';
import { readWorkspaceEventsAfter } from '../storage/sql/workspace-event.ts';
import { KefuError } from '../errors.ts';
import { decodeWorkspaceCursor, unknownCursor } from './workspace-event-cursor.ts';
import { toWorkspaceEventPayloads, type WorkspaceEventJson } from './workspace-event-payload.ts';

const PAGE_SIZE = 100;
/** How long an idle stream waits before it looks at storage without a wake-up. */
const POLL_MS = 5_000;

export async function streamWorkspaceEvents(deps: Deps, principal: Principal | null, args: { after?: string | null }): Promise<AsyncGenerator<WorkspaceEventJson>> {
  const caller = requireServe(principal);
  const after = args.after ? decodeWorkspaceCursor(args.after) : null;
  if (after !== null) await refuseUnusableCursor(deps, caller.workspaceId, after);
  return createCancelableStream((signal) => generateWorkspaceEvents(deps, caller, after, signal));
}

/** Whether the caller may see this event: its conversation's access rule, and no notes for BOT keys. */
export function canSeeWorkspaceEvent(caller: StaffPrincipal, event: WorkspaceEventJson): boolean {
  if (event.workspaceId !== caller.workspaceId) return false;
  if (event.message?.internal && !isStaff(caller)) return false;
  return !event.conversation || canAccessConversation(caller, event.conversation);
}

async function readLastEventPosition(deps: Pick<Deps, 'db'>, workspaceId: string): Promise<number> {
  return (await deps.db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { lastEventPosition: true } })).lastEventPosition;
}

/**
 * A cursor past the workspace's last position was never given out (or came from another
 * workspace): the stream would wait for that position and deliver nothing until then, and on
 * PostgreSQL one past the Int column failed the read. Positions are gap-free from the oldest kept
 * event on, so a missing next position means the cursor expired.
 */
async function refuseUnusableCursor(deps: Pick<Deps, 'db' | 'sql' | 'config'>, workspaceId: string, after: number): Promise<void> {
  const last = await readLastEventPosition(deps, workspaceId);
  if (after > last) throw unknownCursor();
  if (after === last) return;
  const [next] = await readWorkspaceEventsAfter(deps.sql, workspaceId, after, 1);
  if (next?.position === after + 1) return;
  throw new KefuError('CURSOR_EXPIRED', `The events after this cursor are older than ${deps.config.workspaceEvents.retentionDays} days (workspaceEvents.retentionDays) and were deleted. Read current state with queries, then subscribe without after.`);
}

async function* generateWorkspaceEvents(deps: Deps, caller: StaffPrincipal, after: number | null, signal: AbortSignal): AsyncGenerator<WorkspaceEventJson> {
  let wake: (() => void) | null = null;
  let isDirty = true;
  const nudge = () => {
    isDirty = true;
    wake?.();
  };
  const unsubscribes = await Promise.all([
    deps.bus.subscribe(topics.workspaceEvents(caller.workspaceId), nudge),
    deps.bus.subscribe(topics.inbox(caller.workspaceId), nudge),
  ]);
  const stopGapWatch = deps.bus.onGap(nudge);
  signal.addEventListener('abort', nudge);
  try {
    let last = after ?? (await readLastEventPosition(deps, caller.workspaceId));
    while (!signal.aborted) {
      isDirty = false;
      for (;;) {
        const page = await readWorkspaceEventsAfter(deps.sql, caller.workspaceId, last, PAGE_SIZE);
        if (page.length === 0 || signal.aborted) break;
        for (const event of await toWorkspaceEventPayloads(deps, page)) {
          if (signal.aborted) return;
          if (canSeeWorkspaceEvent(caller, event)) yield event;
        }
        last = page.at(-1)!.position;
        if (page.length < PAGE_SIZE) break;
      }
      if (isDirty || signal.aborted) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => (clearTimeout(timer), resolve());
      });
      wake = null;
    }
  } finally {
    signal.removeEventListener('abort', nudge);
    stopGapWatch();
    for (const unsubscribe of unsubscribes) unsubscribe();
  }
}
