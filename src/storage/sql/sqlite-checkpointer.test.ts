// WAL checkpoints run in their own thread: the WAL stays bounded while appends go on with the
// automatic checkpoint off, and a process that never closes the database still exits.
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents } from '../../conversation-log/append-event.ts';
import { createInboxOrderTrail } from '../../conversation-log/trail-inbox-order.ts';
import { createMetrics } from '../../metrics.ts';
import { createConversation } from './conversation.ts';
import { startSqliteCheckpointer } from './sqlite-checkpointer.ts';
import { openTestStorage, type TestStorage } from './test-storage.ts';

describe('SQLite checkpoint thread', () => {
  let storage: TestStorage;
  const deps = () => ({ sql: storage.database.sql, metrics: createMetrics(), inboxOrder: createInboxOrderTrail({ sql: storage.database.sql, log: pino({ level: 'silent' }) }) });

  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('turns the automatic checkpoint off on the process connection', async () => {
    expect(await storage.database.db.$queryRawUnsafe('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0n }]);
  });

  it('checkpoints the WAL while appends go on, so it does not grow with the log', async () => {
    const conversation = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
    const wal = `${(await storage.database.db.$queryRawUnsafe<{ file: string }[]>('PRAGMA database_list'))[0]!.file}-wal`;
    const body = 'x'.repeat(2_000);
    let largest = 0;
    for (let round = 0; round < 40; round++) {
      await Promise.all(Array.from({ length: 50 }, () => appendEvents(deps(), [{ workspaceId: storage.workspaceId, conversationId: conversation.id, kind: 'TEXT', authorType: 'SYSTEM', body }])));
      await new Promise((resolve) => setTimeout(resolve, 100));
      largest = Math.max(largest, statSync(wal).size);
    }
    expect(await storage.database.db.message.count({ where: { conversationId: conversation.id } })).toBe(2_000);
    // Without checkpoints these 2,000 appends leave a WAL of about 22 MB (rows, index pages and the
    // WorkspaceEvent log). A thread that checkpoints every 100 ms keeps it to a few rounds' worth,
    // with room for a loaded CI box where the thread waits for a core.
    expect(largest).toBeLessThan(8_000_000);
  }, 60_000);

  it('leaves the automatic checkpoint on, and says why, when the thread cannot start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-checkpointer-'));
    const connection = new Database(join(dir, 'kefu.db'));
    try {
      connection.pragma('journal_mode = WAL');
      const failures: Error[] = [];
      const checkpointer = await startSqliteCheckpointer(join(dir, 'no-such-folder', 'kefu.db'), connection, (error) => failures.push(error));
      expect(failures.map((e) => e.message)).toEqual([expect.stringMatching(/^The SQLite checkpoint thread could not open .*no-such-folder/)]);
      expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      await checkpointer.close();
    } finally {
      connection.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets a process that never closes the database exit once its writes are answered', async () => {
    const script = `
      import { rmSync } from 'node:fs';
      import { dirname } from 'node:path';
      import { openTestStorage } from './src/storage/sql/test-storage.ts';
      import { createConversation } from './src/storage/sql/conversation.ts';
      const storage = await openTestStorage('sqlite');
      const conversation = await createConversation(storage.database.sql, { workspaceId: storage.workspaceId, visitorId: storage.visitorId });
      const [{ file }] = await storage.database.db.$queryRawUnsafe('PRAGMA database_list');
      rmSync(dirname(file), { recursive: true, force: true });
      console.log('created', conversation.number);
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: process.cwd(), timeout: 30_000 });
    expect(stdout.trim()).toBe('created 1');
  }, 40_000);
});
