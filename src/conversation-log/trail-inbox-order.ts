// The inbox lists conversations by inboxOrderAt, a copy of lastMessageAt made here behind the
// appends instead of by each one: lastMessageAt is in no index, so the append's UPDATE rewrites no
// index entry (3.6× faster on SQLite, bench/README.md), and one transaction moves the inbox entries
// of every conversation written since the last copy (a statement per 64 of them). A copy runs
// within INBOX_ORDER_LAG_MS of an append, and before every inbox listing in this process, so only
// appends made by other processes (workers, instances) can be out of order there, by about that
// long. What a process had not copied when it died is copied when the next one starts (repair).
import type { Logger } from '../log.ts';
import type { SqlStore } from '../storage/sql/sql-store.ts';
import { copyInboxOrder, findLaggingInboxOrder } from '../storage/sql/conversation.ts';

const INBOX_ORDER_LAG_MS = 1_000;

export interface InboxOrderTrail {
  /** After (or inside) the transaction of an append to this conversation. */
  touch(conversationId: string): void;
  /** Copies every touched conversation now; waits for a copy in progress. */
  flush(): Promise<void>;
  /** At startup: copies what a stopped process left behind. */
  repair(): Promise<number>;
  /** Stops the timer and flushes (what is touched after that waits for the repair at the next start). */
  close(): Promise<void>;
}

export function createInboxOrderTrail({ sql, log }: { sql: SqlStore; log: Logger }, lagMs = INBOX_ORDER_LAG_MS): InboxOrderTrail {
  let touched = new Set<string>();
  let copying: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let isClosed = false;

  const copyTouched = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const ids = [...touched];
    touched = new Set();
    try {
      await copyInboxOrder(sql, ids);
    } catch (error) {
      // Kept for the next copy; the order lags meanwhile, nothing is lost.
      for (const id of ids) touched.add(id);
      schedule();
      throw error;
    }
  };
  const flush = async () => {
    while (copying) await copying.catch(() => undefined);
    if (touched.size === 0) return;
    copying = copyTouched().finally(() => (copying = null));
    await copying;
  };
  const schedule = () => {
    if (timer || isClosed) return;
    timer = setTimeout(() => flush().catch((error: unknown) => log.warn({ err: error }, 'inbox order copy failed')), lagMs);
    timer.unref();
  };

  return {
    touch(conversationId) {
      touched.add(conversationId);
      schedule();
    },
    flush,
    async repair() {
      const ids = await findLaggingInboxOrder(sql);
      if (ids.length > 0) await copyInboxOrder(sql, ids);
      return ids.length;
    },
    async close() {
      isClosed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flush();
    },
  };
}
