// The SQLite ceiling for the persist scenario: the same rows Kefu's send path writes (bump the
// conversation's lastSeq, insert the Message with that seq), straight through better-sqlite3
// in transactions of `batchSize` rows (group commit), on the same file, schema and indexes.
import Database from 'better-sqlite3';

export interface RawInsertResult {
  rows: number;
  rowsPerSec: number;
  batchSize: number;
}

export function runRawSqliteInsert(file: string, options: { durationMs: number; batchSize: number }): RawInsertResult {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  try {
    const conversations = db.prepare('SELECT id, workspaceId, visitorId FROM Conversation').all() as { id: string; workspaceId: string; visitorId: string }[];
    const createdAtType = (db.prepare('SELECT typeof(createdAt) AS t FROM Message LIMIT 1').get() as { t: string } | undefined)?.t;
    const bump = db.prepare('UPDATE Conversation SET lastSeq = lastSeq + 1, lastVisitorSeq = lastSeq + 1, lastMessageAt = ? WHERE id = ? RETURNING lastSeq');
    const insert = db.prepare(
      'INSERT INTO Message (id, workspaceId, conversationId, seq, kind, authorType, authorVisitorId, body, internal, clientMessageId, searchText, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)',
    );
    let n = 0;
    const writeBatch = db.transaction((count: number) => {
      for (let k = 0; k < count; k++, n++) {
        const conv = conversations[n % conversations.length]!;
        const now = createdAtType === 'integer' ? Date.now() : new Date().toISOString();
        const { lastSeq } = bump.get(now, conv.id) as { lastSeq: number };
        const body = JSON.stringify({ t: Date.now(), i: n });
        insert.run(`raw${n}_${process.pid}`, conv.workspaceId, conv.id, lastSeq, 'TEXT', 'VISITOR', conv.visitorId, body, `raw-${process.pid}-${n}`, body, now);
      }
    });
    const started = performance.now();
    while (performance.now() - started < options.durationMs) writeBatch(options.batchSize);
    const seconds = (performance.now() - started) / 1000;
    return { rows: n, rowsPerSec: Math.round(n / seconds), batchSize: options.batchSize };
  } finally {
    db.close();
  }
}
