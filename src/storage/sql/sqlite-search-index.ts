// Search indexing on SQLite, batched behind the write: appending a message does not touch the
// FTS5 table (a trigger per row cost about a tenth of an append); within SEARCH_INDEX_DELAY_MS of
// a commit one statement copies every message not yet indexed, and a search first indexes what
// is pending, so search results never miss a stored message. The index row's rowid is the
// message's rowid, so "not yet indexed" is "rowid above the index's highest" (rows are indexed in
// rowid order, deletes remove both); it holds across processes on one file because each copy
// runs under the write lock. VACUUM would renumber Message rowids: none runs on this file.
import type { Steps } from './sql-store.ts';

const SEARCH_INDEX_DELAY_MS = 200;
const ROWS_PER_STATEMENT = 5_000;

const INDEX_PENDING = {
  text: `INSERT INTO "MessageSearch" ("rowid", "searchText", "messageId", "workspaceId")
    SELECT "rowid", "searchText", "id", "workspaceId" FROM "Message"
    WHERE "rowid" > coalesce((SELECT "rowid" FROM "MessageSearch" ORDER BY "rowid" DESC LIMIT 1), 0)
    ORDER BY "rowid" LIMIT ${ROWS_PER_STATEMENT}`,
  params: [],
};

/** `transaction` runs steps in the store's group commit; the indexer's own commits must not reschedule it. */
export function createSqliteSearchIndexer(transaction: <T>(steps: () => Steps<T>) => Promise<T>) {
  let timer: NodeJS.Timeout | null = null;
  const indexPending = async () => {
    // Full batches mean more may be pending (a backlog after an upgrade or a crash).
    for (let indexed = ROWS_PER_STATEMENT; indexed === ROWS_PER_STATEMENT; ) {
      indexed = await transaction(function* (): Steps<number> {
        yield INDEX_PENDING;
        const [row] = yield { text: 'SELECT changes() AS "n"', params: [] };
        return Number(row!.n);
      });
    }
  };
  return {
    indexPending,
    /** After a commit: index within the delay (one statement for everything written meanwhile). */
    schedule() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        indexPending().catch(() => undefined);
      }, SEARCH_INDEX_DELAY_MS);
      timer.unref();
    },
  };
}
