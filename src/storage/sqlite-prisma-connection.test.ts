// Prisma's SQLite connection as the app opens it: queries from outside an interactive transaction
// stay out of it, and a transaction that found the write lock busy runs again.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryOnLockConflict } from './retry-on-lock-conflict.ts';
import { openTestStorage, type TestStorage } from './sql/test-storage.ts';

describe('Prisma on SQLite', () => {
  let storage: TestStorage;

  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
  });

  it('keeps queries from outside an interactive transaction out of it: they see only committed rows and outlive its rollback', async () => {
    const { db, sql } = storage.database;
    const visitorId = storage.visitorId;
    let entered!: () => void;
    const isInside = new Promise<void>((resolve) => (entered = resolve));
    const aborted = db.$transaction(async (tx) => {
      await tx.visitor.update({ where: { id: visitorId }, data: { name: 'uncommitted' } });
      entered();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('the claim found the agent full');
    });
    await isInside;
    // Prisma's queries start when awaited or then'd; these start now, while the transaction is open.
    const read = db.visitor.findUniqueOrThrow({ where: { id: visitorId } }).then((row) => row);
    const storeRead = sql.all({ text: 'SELECT "name" FROM "Visitor" WHERE "id" = $1', params: [visitorId] });
    const written = db.visitor.create({ data: { workspaceId: storage.workspaceId, name: 'written meanwhile' } }).then((row) => row);

    await expect(aborted).rejects.toThrow('the claim found the agent full');
    expect((await read).name).toBeNull();
    expect(await storeRead).toEqual([{ name: null }]);
    expect(await db.visitor.findUnique({ where: { id: (await written).id }, select: { name: true } })).toEqual({ name: 'written meanwhile' });
  });

  it('runs a transaction again that found the write lock busy past busy_timeout (another process writing)', async () => {
    const { db } = storage.database;
    const file = (await db.$queryRawUnsafe<{ file: string }[]>('PRAGMA database_list'))[0]!.file;
    const otherProcess = new Database(file);
    await db.$queryRawUnsafe('PRAGMA busy_timeout = 0');
    try {
      otherProcess.prepare('BEGIN IMMEDIATE').run();
      const create = () => db.$transaction((tx) => tx.visitor.create({ data: { workspaceId: storage.workspaceId, name: 'after the lock' } }));
      await expect(create()).rejects.toMatchObject({ code: 'P1008' });

      let attempts = 0;
      const created = await retryOnLockConflict(() => {
        attempts++;
        // The other process commits before the retry. (Committing from a setImmediate in the first
        // attempt raced the retry's short random wait, a timer that can fire first: 3 attempts once in CI.)
        if (attempts === 2) otherProcess.prepare('COMMIT').run();
        return create();
      });
      expect(attempts).toBe(2);
      expect(await db.visitor.findUnique({ where: { id: created.id }, select: { name: true } })).toEqual({ name: 'after the lock' });
    } finally {
      if (otherProcess.inTransaction) otherProcess.prepare('ROLLBACK').run();
      otherProcess.close();
      await db.$queryRawUnsafe('PRAGMA busy_timeout = 10000');
    }
  });
});
