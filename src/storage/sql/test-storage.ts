// For the round-trip tests of this folder: a migrated database of either provider, opened like
// the app opens it, with one workspace and visitor to hang rows on.
import { createTestDatabase } from '../../testing/start-test-app.ts';
import type { StorageProvider } from '../../testing/services.ts';
import { resolveDatabaseTarget } from '../database-url.ts';
import { applyMigrations } from '../migrate.ts';
import { openDatabase, type Database } from '../open-database.ts';

export interface TestStorage {
  database: Database;
  workspaceId: string;
  visitorId: string;
  close(): Promise<void>;
}

export async function openTestStorage(provider: StorageProvider): Promise<TestStorage> {
  const created = await createTestDatabase(provider);
  const target = resolveDatabaseTarget({ database: { url: created.url }, dataDir: '.' });
  await applyMigrations(target);
  const database = await openDatabase(target, console);
  const workspace = await database.db.workspace.create({ data: { name: 'Store', widgetKey: `wk-${provider}-${Date.now()}` } });
  const visitor = await database.db.visitor.create({ data: { workspaceId: workspace.id } });
  return {
    database,
    workspaceId: workspace.id,
    visitorId: visitor.id,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}

/** A cuid()-shaped id, as Prisma makes them and new-row-id.ts imitates. */
export const ROW_ID = /^c[0-9a-z]{24}$/;
