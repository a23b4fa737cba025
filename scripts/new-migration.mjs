// Usage: npm run migration:new -- <name>
// Writes prisma/migrations/<provider>/<timestamp>_<name>/migration.sql for SQLite, PostgreSQL and
// MySQL/MariaDB by diffing the schema each provider's last migration was made from (schema.snapshot.prisma)
// against prisma/schema.prisma. Offline: `prisma migrate diff` between two datamodels needs no
// database; MySQL's SQL comes from scripts/mysql-migration.mjs (Prisma's JS engine has no MySQL). Hand-written SQL (FTS, expression indexes) can be appended to the generated file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mysqlMigrationSql } from './mysql-migration.mjs';
import { deriveMysqlSchema, derivePostgresSchema } from './prisma-generate.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run migration:new -- <snake_case_name>');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const current = readFileSync('prisma/schema.prisma', 'utf8');

const variants = { sqlite: (schema) => schema, postgresql: derivePostgresSchema, mysql: deriveMysqlSchema };

/** Prisma Migrate's SQL between two datamodels (files), or '' when they match. */
function prismaDiff(provider, snapshot, target) {
  const dir = `prisma/migrations/${provider}`;
  writeFileSync(`${dir}/.next.prisma`, target);
  const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
  try {
    const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', `${dir}/.next.prisma`, '--script'], {
      encoding: 'utf8',
      env: { ...process.env, KEFU_PRISMA_PROVIDER: provider },
    });
    return /This is an empty migration/.test(sql) ? '' : sql;
  } finally {
    rmSync(`${dir}/.next.prisma`);
  }
}

for (const [provider, derive] of Object.entries(variants)) {
  const dir = `prisma/migrations/${provider}`;
  const snapshot = `${dir}/schema.snapshot.prisma`;
  const target = derive(current);
  mkdirSync(dir, { recursive: true });
  const sql = provider === 'mysql'
    ? mysqlMigrationSql(existsSync(snapshot) ? readFileSync(snapshot, 'utf8') : null, target)
    : prismaDiff(provider, snapshot, target);
  if (!sql) {
    console.log(`${provider}: no changes`);
    continue;
  }
  mkdirSync(`${dir}/${stamp}_${name}`);
  writeFileSync(`${dir}/${stamp}_${name}/migration.sql`, sql);
  writeFileSync(snapshot, target);
  console.log(`${provider}: wrote ${dir}/${stamp}_${name}/migration.sql`);
}
