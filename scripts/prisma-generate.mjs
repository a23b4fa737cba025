// Generates both Prisma clients from prisma/schema.prisma: the SQLite one as written, and a
// PostgreSQL one from a derived copy (a Prisma schema names exactly one provider).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export function derivePostgresSchema(sqliteSchema) {
  return sqliteSchema
    .replace(/generator pothos \{[^}]*\}\n*/s, '')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://127.0.0.1:5432/postgres"')
    .replace('../src/storage/generated/sqlite', '../../src/storage/generated/postgresql');
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  mkdirSync('prisma/.generated', { recursive: true });
  writeFileSync(
    'prisma/.generated/postgresql.prisma',
    derivePostgresSchema(readFileSync('prisma/schema.prisma', 'utf8')),
  );
  for (const provider of ['sqlite', 'postgresql']) {
    execFileSync('npx', ['prisma', 'generate', '--no-hints'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, KEFU_PRISMA_PROVIDER: provider, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
  }
  console.log('prisma: generated the sqlite and postgresql clients');
}
