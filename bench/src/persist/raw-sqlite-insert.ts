// The SQLite ceiling for the persist scenario: rows a Kefu message writes, straight through
// better-sqlite3 in transactions of `batchSize` rows (group commit), on the same file, schema and
// indexes. Two sets of rows:
// - 'message': the conversation's seq bump and the Message row (the reference until 2026-12-03);
// - 'every': everything Kefu's SQLite append stores for a message, as its group commit does: also
//   the WorkspaceEvent row with the workspace's next position (the position written once per
//   batch, as storage/sql/sqlite-batch-counters.ts does) and the search index row (one catch-up
//   statement per batch, as storage/sql/sqlite-search-index.ts runs behind the write).
import Database from 'better-sqlite3';

export type RawRows = 'message' | 'every';

export interface RawInsertResult {
  rows: RawRows;
  messages: number;
  messagesPerSec: number;
  batchSize: number;
}

/** Ids stay unique when one process runs several inserts into one file. */
let idCounter = 0;

export function runRawSqliteInsert(file: string, options: { durationMs: number; batchSize: number; rows: RawRows }): RawInsertResult {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  try {
    const conversations = db.prepare('SELECT id, workspaceId, visitorId FROM Conversation').all() as { id: string; workspaceId: string; visitorId: string }[];
    const createdAtType = (db.prepare('SELECT typeof(createdAt) AS t FROM Message LIMIT 1').get() as { t: string } | undefined)?.t;
    const bump = db.prepare(
      options.rows === 'message'
        ? 'UPDATE Conversation SET lastSeq = lastSeq + 1, lastVisitorSeq = lastSeq + 1, lastMessageAt = @now WHERE id = @id RETURNING lastSeq'
        : 'UPDATE Conversation SET prevVisitorSeq = lastVisitorSeq, lastVisitorSeq = lastSeq + 1, lastSeq = lastSeq + 1, lastMessageAt = @now, updatedAt = @now WHERE id = @id RETURNING lastSeq',
    );
    const insert = db.prepare(
      'INSERT INTO Message (id, workspaceId, conversationId, seq, kind, authorType, authorVisitorId, body, internal, clientMessageId, searchText, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)',
    );
    const nextPosition = db.prepare('UPDATE Workspace SET lastEventPosition = lastEventPosition + 1 WHERE id = ? RETURNING lastEventPosition');
    const writePosition = db.prepare('UPDATE Workspace SET lastEventPosition = ? WHERE id = ?');
    const insertEvent = db.prepare('INSERT INTO WorkspaceEvent (id, workspaceId, type, conversationId, messageId, visitorId, data, createdAt, position) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)');
    const indexPending = db.prepare(
      'INSERT INTO MessageSearch (rowid, searchText, messageId, workspaceId) SELECT rowid, searchText, id, workspaceId FROM Message WHERE rowid > coalesce((SELECT rowid FROM MessageSearch ORDER BY rowid DESC LIMIT 1), 0) ORDER BY rowid',
    );
    let n = 0;
    const writeBatch = db.transaction((count: number) => {
      const positions = new Map<string, number>();
      for (let k = 0; k < count; k++, n++) {
        const conv = conversations[n % conversations.length]!;
        const now = createdAtType === 'integer' ? Date.now() : new Date().toISOString();
        const { lastSeq } = bump.get({ now, id: conv.id }) as { lastSeq: number };
        const body = JSON.stringify({ t: Date.now(), i: n });
        const id = ++idCounter;
        const messageId = `raw${id}_${process.pid}`;
        insert.run(messageId, conv.workspaceId, conv.id, lastSeq, 'TEXT', 'VISITOR', conv.visitorId, body, `raw-${process.pid}-${id}`, body, now);
        if (options.rows === 'message') continue;
        const known = positions.get(conv.workspaceId);
        const position = known === undefined ? (nextPosition.get(conv.workspaceId) as { lastEventPosition: number }).lastEventPosition : known + 1;
        positions.set(conv.workspaceId, position);
        insertEvent.run(`rawe${id}_${process.pid}`, conv.workspaceId, 'message.created', conv.id, messageId, now, position);
      }
      if (options.rows === 'message') return;
      for (const [workspaceId, position] of positions) writePosition.run(position, workspaceId);
      indexPending.run();
    });
    const started = performance.now();
    while (performance.now() - started < options.durationMs) writeBatch(options.batchSize);
    const seconds = (performance.now() - started) / 1000;
    return { rows: options.rows, messages: n, messagesPerSec: Math.round(n / seconds), batchSize: options.batchSize };
  } finally {
    db.close();
  }
}
