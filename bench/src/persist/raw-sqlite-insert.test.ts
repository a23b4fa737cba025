// The persist scenario's reference must write what it says it writes: with rows 'every', each
// message a Message row, a WorkspaceEvent with the next gap-free position and a search index row,
// as Kefu's own append stores them; with 'message', only the seq bump and the Message row.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConversation } from '../../../src/storage/sql/conversation.ts';
import { openTestStorage, type TestStorage } from '../../../src/storage/sql/test-storage.ts';
import { runRawSqliteInsert } from './raw-sqlite-insert.ts';

let storage: TestStorage;
let file: string;

beforeAll(async () => {
  storage = await openTestStorage('sqlite');
  for (let i = 0; i < 3; i++) await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
  const [main] = await storage.database.db.$queryRawUnsafe<{ file: string }[]>('PRAGMA database_list');
  file = main!.file;
});
afterAll(() => storage.close());

const counts = () => {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM Message) AS messages, (SELECT count(*) FROM WorkspaceEvent) AS events, (SELECT count(*) FROM MessageSearch) AS indexed,
          (SELECT lastEventPosition FROM Workspace) AS position, (SELECT count(DISTINCT position) FROM WorkspaceEvent) AS positions,
          (SELECT max(position) FROM WorkspaceEvent) AS maxPosition, (SELECT sum(lastSeq) FROM Conversation) AS seqs`,
      )
      .get() as Record<'messages' | 'events' | 'indexed' | 'position' | 'positions' | 'maxPosition' | 'seqs', number>;
  } finally {
    db.close();
  }
};

it("'every' stores, per message, the Message row, a numbered WorkspaceEvent and the search index row", () => {
  const result = runRawSqliteInsert(file, { durationMs: 200, batchSize: 10, rows: 'every' });
  expect(result.messages).toBeGreaterThan(0);
  expect(result.messages % 10).toBe(0);
  const after = counts();
  expect(after).toMatchObject({ messages: result.messages, events: result.messages, indexed: result.messages, seqs: result.messages });
  expect(after.positions).toBe(result.messages);
  expect(after.maxPosition).toBe(result.messages);
  expect(after.position).toBe(result.messages);
});

it("'message' stores only the Message rows and the seq bumps", () => {
  const before = counts();
  const result = runRawSqliteInsert(file, { durationMs: 200, batchSize: 10, rows: 'message' });
  const after = counts();
  expect(after.messages - before.messages).toBe(result.messages);
  expect(after.seqs - before.seqs).toBe(result.messages);
  expect(after).toMatchObject({ events: before.events, indexed: before.indexed, position: before.position });
});
