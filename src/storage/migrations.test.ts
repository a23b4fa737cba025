import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema } from '../../scripts/prisma-generate.mjs';
import { describeEachStorage, describeWith } from '../testing/services.ts';
import { createTestDatabase } from '../testing/start-test-app.ts';
import { resolveDatabaseTarget } from './database-url.ts';
import { applyMigrations, listMigrations } from './migrate.ts';
import { Prisma } from './models.ts';

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

/** Every scalar field of every model, as `Model.field` (the columns the migrations must create). */
function expectedColumns(): string[] {
  return Prisma.dmmf.datamodel.models
    .flatMap(({ name, fields }) => fields.filter((f) => f.kind !== 'object').map((f) => `${name}.${f.name}`))
    .sort();
}

describe('migrations [sqlite]', () => {
  // Two migrations written in parallel can each be right against its own snapshot and still lose a
  // column when replayed in order (SQLite redefines a whole table): replay them all and look.
  it('create every column of prisma/schema.prisma when replayed from scratch', async () => {
    const db = await createTestDatabase('sqlite');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    await applyMigrations(target);
    const sqlite = new Database(target.location);
    const models = [...new Set(expectedColumns().map((c) => c.split('.')[0]!))];
    const actual = models.flatMap((model) => sqlite.prepare(`PRAGMA table_info("${model}")`).all().map((row) => `${model}.${(row as { name: string }).name}`));
    sqlite.close();
    expect(actual.sort()).toEqual(expectedColumns());
    await db.drop();
  });


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

  it('create every column of prisma/schema.prisma when replayed from scratch', async () => {
    const db = await createTestDatabase('postgresql');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    await applyMigrations(target);
    const client = new pg.Client({ connectionString: target.location });
    await client.connect();
    const models = [...new Set(expectedColumns().map((c) => c.split('.')[0]!))];
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = ANY($2)',
      [target.schema, models],
    );
    await client.end();
    expect(rows.map((r) => `${r.table_name}.${r.column_name}`).sort()).toEqual(expectedColumns());
    await db.drop();
  });

  it('apply once from several processes at the same time', async () => {
    const db = await createTestDatabase('postgresql');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    const results = await Promise.all([applyMigrations(target), applyMigrations(target), applyMigrations(target)]);
    expect(results.flat().sort()).toEqual(listMigrations('postgresql').map((m) => m.name).sort());
    await db.drop();
  });
});

describeEachStorage('migrations upgrading a database with rows', (provider) => {
  // A SQLite table redefinition drops the old table: with foreign keys on, that deleted every
  // child row (visitors, conversations…) through ON DELETE CASCADE.
  it('keep every row of the redefined tables and of their children', async () => {
    const db = await createTestDatabase(provider);
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    const names = listMigrations(provider).map((m) => m.name);
    const before = names.indexOf(names.find((name) => name.endsWith('_bot_workspace_content'))!) - 1;
    expect(await applyMigrations(target, names[before])).toEqual(names.slice(0, before + 1));
    const rows = [
      `INSERT INTO "Workspace" ("id", "name", "widgetKey", "identitySecret", "updatedAt") VALUES ('w1', 'Acme', 'wk-1', 'secret', '2026-01-02 03:04:05')`,
      `INSERT INTO "ApiKey" ("id", "workspaceId", "name", "prefix", "tokenHash") VALUES ('k1', 'w1', 'bot', 'kefu_key_ab', 'hash')`,
      `INSERT INTO "Visitor" ("id", "workspaceId") VALUES ('v1', 'w1')`,
      `INSERT INTO "Conversation" ("id", "workspaceId", "visitorId", "updatedAt") VALUES ('c1', 'w1', 'v1', '2026-01-02 03:04:05')`,
    ];
    const counts = `SELECT (SELECT COUNT(*) FROM "Workspace") AS w, (SELECT COUNT(*) FROM "ApiKey") AS k, (SELECT COUNT(*) FROM "Visitor") AS v, (SELECT COUNT(*) FROM "Conversation") AS c, (SELECT "identitySecret" FROM "Workspace") AS s`;
    let after: Record<string, unknown>;
    if (provider === 'sqlite') {
      const run = (statements: string[]) => {
        const sqlite = new Database(target.location);
        for (const statement of statements) sqlite.exec(statement);
        sqlite.close();
      };
      run(rows);
      expect((await applyMigrations(target)).length).toBeGreaterThan(0);
      const sqlite = new Database(target.location);
      after = sqlite.prepare(counts).get() as Record<string, unknown>;
      sqlite.close();
    } else {
      const client = new pg.Client({ connectionString: target.location, options: `-c search_path="${target.schema}"` });
      await client.connect();
      for (const statement of rows) await client.query(statement);
      expect((await applyMigrations(target)).length).toBeGreaterThan(0);
      after = (await client.query(counts)).rows[0] as Record<string, unknown>;
      await client.end();
    }
    expect(Object.values(after).map(String)).toEqual(['1', '1', '1', '1', 'secret']);
    await db.drop();
  });
});
