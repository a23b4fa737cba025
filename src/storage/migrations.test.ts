import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema } from '../../scripts/prisma-generate.mjs';
import { describeWith } from '../testing/services.ts';
import { createTestDatabase } from '../testing/start-test-app.ts';
import { resolveDatabaseTarget } from './database-url.ts';
import { applyMigrations, listMigrations } from './migrate.ts';

const root = new URL('../../', import.meta.url).pathname;

function diffAgainstSchema(provider: 'sqlite' | 'postgresql'): number {
  const current = readFileSync(join(root, 'prisma/schema.prisma'), 'utf8');
  const target = join(mkdtempSync(join(tmpdir(), 'kefu-prisma-')), 'schema.prisma');
  writeFileSync(target, provider === 'sqlite' ? current : derivePostgresSchema(current));
  try {
    execFileSync('npx', ['prisma', 'migrate', 'diff', '--from-schema-datamodel', `prisma/migrations/${provider}/schema.snapshot.prisma`, '--to-schema-datamodel', target, '--exit-code'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, KEFU_PRISMA_PROVIDER: provider },
    });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe('migrations [sqlite]', () => {
  it('cover prisma/schema.prisma (no pending model change)', () => {
    expect(diffAgainstSchema('sqlite'), 'prisma/schema.prisma changed: run `npm run migration:new -- <name>` and commit the migrations').toBe(0);
  });

  it('apply once, record Prisma’s table, and refuse an edited migration', async () => {
    const db = await createTestDatabase('sqlite');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    expect(await applyMigrations(target)).toEqual(listMigrations('sqlite').map((m) => m.name));
    expect(await applyMigrations(target)).toEqual([]);
    const sqlite = new Database(target.location);
    const rows = sqlite.prepare('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name').all();
    expect(rows).toHaveLength(listMigrations('sqlite').length);
    sqlite.prepare('UPDATE _prisma_migrations SET checksum = ? WHERE migration_name = ?').run('0'.repeat(64), listMigrations('sqlite')[0]!.name);
    sqlite.close();
    await expect(applyMigrations(target)).rejects.toThrow(/was changed after it was applied/);
    await db.drop();
  });
});

describeWith('postgresql', 'migrations [postgresql]', () => {
  it('cover prisma/schema.prisma (no pending model change)', () => {
    expect(diffAgainstSchema('postgresql'), 'prisma/schema.prisma changed: run `npm run migration:new -- <name>` and commit the migrations').toBe(0);
  });

  it('apply once from several processes at the same time', async () => {
    const db = await createTestDatabase('postgresql');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    const results = await Promise.all([applyMigrations(target), applyMigrations(target), applyMigrations(target)]);
    expect(results.flat().sort()).toEqual(listMigrations('postgresql').map((m) => m.name).sort());
    await db.drop();
  });
});
