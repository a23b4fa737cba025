import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mariadb from 'mariadb';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { mysqlMigrationSql } from '../../scripts/mysql-migration.mjs';
import { deriveMysqlSchema, derivePostgresSchema } from '../../scripts/prisma-generate.mjs';
import { describeEachStorage, describeWith } from '../testing/services.ts';
import { createTestDatabase } from '../testing/start-test-app.ts';
import { resolveDatabaseTarget, type Provider } from './database-url.ts';
import { applyMigrations, listMigrations, type MigrationProgress } from './migrate.ts';
import { Prisma } from './models.ts';
import { mysqlPoolConfig } from './mysql-options.ts';

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

describeWith('mysql', 'migrations [mysql]', () => {
  const current = () => deriveMysqlSchema(readFileSync(join(root, 'prisma/schema.prisma'), 'utf8'));
  const snapshot = () => readFileSync(join(root, 'prisma/migrations/mysql/schema.snapshot.prisma'), 'utf8');

  async function withDatabase(run: (connection: mariadb.Connection, target: ReturnType<typeof resolveDatabaseTarget>) => Promise<void>) {
    const db = await createTestDatabase('mysql');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    await applyMigrations(target);
    const connection = await mariadb.createConnection({ ...mysqlPoolConfig(target.location), multipleStatements: true });
    try {
      await run(connection, target);
    } finally {
      await connection.end();
      await db.drop();
    }
  }

  const columns = async (connection: mariadb.Connection, database: string) =>
    ((await connection.query("SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> '_prisma_migrations' AND EXTRA NOT LIKE '%INVISIBLE%'", [database])) as { t: string; c: string }[])
      .map((r) => `${r.t}.${r.c}`)
      .sort();

  it('cover prisma/schema.prisma (no pending model change)', () => {
    expect(mysqlMigrationSql(snapshot(), current()), 'prisma/schema.prisma changed: run `npm run migration:new -- <name>` and commit the migrations').toBe('');
  });

  it('create every column of prisma/schema.prisma when replayed from scratch, and apply once', async () => {
    await withDatabase(async (connection, target) => {
      expect(await columns(connection, target.schema)).toEqual(expectedColumns());
      // Strings sized for MySQL (scripts/prisma-generate.mjs): ids, indexed text, free text.
      const types = (await connection.query(
        "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) AS c, COLUMN_TYPE AS t FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND CONCAT(TABLE_NAME, '.', COLUMN_NAME) IN ('Message.id', 'Message.conversationId', 'Agent.email', 'Visitor.externalId', 'Message.body', 'Message.searchText') ORDER BY c",
        [target.schema],
      )) as { c: string; t: string }[];
      expect(Object.fromEntries(types.map((r) => [r.c, r.t]))).toEqual({
        'Agent.email': 'varchar(512)',
        'Message.body': 'text',
        'Message.conversationId': 'varchar(191)',
        'Message.id': 'varchar(191)',
        'Message.searchText': 'text',
        'Visitor.externalId': 'varchar(512)',
      });
      expect(await applyMigrations(target)).toEqual([]);
      const [row] = (await connection.query('SELECT COUNT(*) AS n FROM _prisma_migrations')) as { n: bigint }[];
      expect(Number(row!.n)).toBe(listMigrations('mysql').length);
    });
  });

  it('apply once from several processes at the same time', async () => {
    const db = await createTestDatabase('mysql');
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    const results = await Promise.all([applyMigrations(target), applyMigrations(target), applyMigrations(target)]);
    expect(results.flat().sort()).toEqual(listMigrations('mysql').map((m) => m.name).sort());
    await db.drop();
  });

  // The SQL comes from scripts/mysql-migration.mjs, not Prisma: run what it writes for a change of
  // every kind on a database with rows.
  it('write migrations for added, changed and removed models, columns, indexes and relations', async () => {
    const changed = snapshot()
      .replace(/^(model Tag \{\n)/m, '$1  note String? @db.Text\n  rank Int @default(3)\n  owner Agent? @relation(fields: [ownerId], references: [id], onDelete: SetNull)\n  ownerId String?\n  @@index([workspaceId, rank])\n')
      .replace(/^(model Agent \{\n)/m, '$1  tags Tag[]\n')
      .replace(/^  color (\s*)String\? @db\.Text/m, '  color $1String? @default("blue") @db.VarChar(32)')
      .replace(/^  @@unique\(\[workspaceId, shortcut\]\)\n/m, '  @@index([shortcut])\n')
      .replace(/^enum ApiKeyRole \{\n/m, 'enum ApiKeyRole {\n  READER\n')
      .concat('\nmodel Note {\n  id String @id @default(cuid())\n  tagId String\n  body String @db.Text\n  tag Tag @relation(fields: [tagId], references: [id], onDelete: Cascade)\n}\n')
      .replace(/^(model Tag \{\n)/m, '$1  notes Note[]\n');
    await withDatabase(async (connection, target) => {
      await connection.query("INSERT INTO \"Workspace\" (\"id\", \"name\", \"widgetKey\", \"updatedAt\") VALUES ('w1', 'Acme', 'wk', NOW(3))");
      await connection.query("INSERT INTO \"Tag\" (\"id\", \"workspaceId\", \"name\") VALUES ('t1', 'w1', 'vip')");
      await connection.query(mysqlMigrationSql(snapshot(), changed));
      expect(mysqlMigrationSql(changed, changed)).toBe('');
      const added = (await columns(connection, target.schema)).filter((c) => /^(Tag|Note)\./.test(c));
      expect(added).toEqual(['Note.body', 'Note.id', 'Note.tagId', 'Tag.color', 'Tag.createdAt', 'Tag.id', 'Tag.name', 'Tag.note', 'Tag.ownerId', 'Tag.rank', 'Tag.workspaceId']);
      expect(await connection.query('SELECT "color", "rank" FROM "Tag"')).toEqual([{ color: null, rank: 3 }]);
      await connection.query("INSERT INTO \"Note\" (\"id\", \"tagId\", \"body\") VALUES ('n1', 't1', 'x')");
      await connection.query('DELETE FROM "Tag"');
      expect(await connection.query('SELECT * FROM "Note"')).toEqual([]);
      // …and back: the reverse migration restores the original schema.
      await connection.query(mysqlMigrationSql(changed, snapshot()));
      expect(await columns(connection, target.schema)).toEqual(expectedColumns());
    });
  });
});

/** Plain statements on a migrated test database, outside Kefu's stores. */
async function openRawDatabase(provider: Provider, target: ReturnType<typeof resolveDatabaseTarget>) {
  if (provider === 'sqlite') {
    const sqlite = new Database(target.location);
    return {
      exec: async (statement: string) => void sqlite.exec(statement),
      get: async (statement: string) => sqlite.prepare(statement).get() as Record<string, unknown>,
      close: async () => void sqlite.close(),
    };
  }
  if (provider === 'mysql') {
    const connection = await mariadb.createConnection(mysqlPoolConfig(target.location));
    return {
      exec: async (statement: string) => void (await connection.query(statement)),
      get: async (statement: string) => ((await connection.query(statement)) as Record<string, unknown>[])[0]!,
      close: () => connection.end(),
    };
  }
  const client = new pg.Client({ connectionString: target.location, options: `-c search_path="${target.schema}"` });
  await client.connect();
  return {
    exec: async (statement: string) => void (await client.query(statement)),
    get: async (statement: string) => (await client.query(statement)).rows[0] as Record<string, unknown>,
    close: () => client.end(),
  };
}

describeEachStorage('migrations upgrading a database with rows', (provider) => {
  // A SQLite table redefinition drops the old table: with foreign keys on, that deleted every
  // child row (visitors, conversations…) through ON DELETE CASCADE.
  it('keep every row of the redefined tables and of their children', async () => {
    const db = await createTestDatabase(provider);
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    const names = listMigrations(provider).map((m) => m.name);
    // MySQL's history starts at the schema of that time: upgrade it across its last table change.
    const before = names.findIndex((name) => name.endsWith(provider === 'mysql' ? '_attachments' : '_bot_workspace_content')) - (provider === 'mysql' ? 0 : 1);
    expect(await applyMigrations(target, { until: names[before] })).toEqual(names.slice(0, before + 1));
    const raw = await openRawDatabase(provider, target);
    for (const statement of [
      `INSERT INTO "Workspace" ("id", "name", "widgetKey", "identitySecret", "updatedAt") VALUES ('w1', 'Acme', 'wk-1', 'secret', '2026-01-02 03:04:05')`,
      `INSERT INTO "ApiKey" ("id", "workspaceId", "name", "prefix", "tokenHash") VALUES ('k1', 'w1', 'bot', 'kefu_key_ab', 'hash')`,
      `INSERT INTO "Visitor" ("id", "workspaceId") VALUES ('v1', 'w1')`,
      `INSERT INTO "Conversation" ("id", "workspaceId", "visitorId", "updatedAt") VALUES ('c1', 'w1', 'v1', '2026-01-02 03:04:05')`,
    ])
      await raw.exec(statement);
    expect((await applyMigrations(target)).length).toBeGreaterThan(0);
    const after = await raw.get(`SELECT (SELECT COUNT(*) FROM "Workspace") AS w, (SELECT COUNT(*) FROM "ApiKey") AS k, (SELECT COUNT(*) FROM "Visitor") AS v, (SELECT COUNT(*) FROM "Conversation") AS c, (SELECT "identitySecret" FROM "Workspace") AS s`);
    await raw.close();
    expect(Object.values(after).map(String)).toEqual(['1', '1', '1', '1', 'secret']);
    await db.drop();
  });

  it('give messages stored before the CJK unigrams their unigrams (search-text.ts), and no other change', async () => {
    const db = await createTestDatabase(provider);
    const target = resolveDatabaseTarget({ database: { url: db.url }, dataDir: '' });
    const names = listMigrations(provider).map((m) => m.name);
    const unigrams = names.findIndex((name) => name.endsWith('_search_cjk_unigrams'));
    await applyMigrations(target, { until: names[unigrams - 1] });
    const raw = await openRawDatabase(provider, target);
    await raw.exec(`INSERT INTO "Workspace" ("id", "name", "widgetKey", "updatedAt") VALUES ('w1', 'Acme', 'wk-1', '2026-01-02 03:04:05')`);
    await raw.exec(`INSERT INTO "Visitor" ("id", "workspaceId") VALUES ('v1', 'w1')`);
    await raw.exec(`INSERT INTO "Conversation" ("id", "workspaceId", "visitorId", "updatedAt") VALUES ('c1', 'w1', 'v1', '2026-01-02 03:04:05')`);
    // More messages than the step reads at a time (data-migrations.ts).
    const many = Array.from({ length: 1_500 }, (_, i) => `('x${String(i).padStart(4, '0')}', 'w1', 'c1', ${i + 3}, 'VISITOR', '好的', '好的')`);
    await raw.exec(`INSERT INTO "Message" ("id", "workspaceId", "conversationId", "seq", "authorType", "body", "searchText") VALUES ('m1', 'w1', 'c1', 1, 'VISITOR', '我要退款 Refund', '我要 要退 退款 refund'), ('m2', 'w1', 'c1', 2, 'VISITOR', 'Refund', 'refund'), ${many.join(', ')}`);
    const progress: MigrationProgress[] = [];
    expect(await applyMigrations(target, { onProgress: (p) => progress.push(p), progressEveryMs: 0 })).toEqual(names.slice(unigrams));
    expect(progress).toEqual([1_000, 1_502].map((rowsDone) => ({ migration: names[unigrams], rowsDone, rowsTotal: 1_502 })));
    const texts = await raw.get(
      `SELECT (SELECT "searchText" FROM "Message" WHERE "id" = 'm1') AS m1, (SELECT "searchText" FROM "Message" WHERE "id" = 'm2') AS m2, (SELECT COUNT(*) FROM "Message" WHERE "searchText" = '好的 好 的') AS upgraded`,
    );
    await raw.close();
    expect({ ...texts, upgraded: Number(texts.upgraded) }).toEqual({ m1: '我要 要退 退款 refund 我 要 退 款', m2: 'refund', upgraded: 1_500 });
    await db.drop();
  });
});
