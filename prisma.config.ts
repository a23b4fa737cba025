// Prisma CLI config. `engine: 'js'` with a driver adapter keeps `prisma generate` and
// `prisma migrate diff` offline (no engine download). KEFU_PRISMA_PROVIDER picks the variant
// that scripts/prisma-generate.mjs is working on; the app itself never reads this file.
import { defineConfig, type PrismaConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaMariaDb } from '@prisma/adapter-mariadb';
import { PrismaPg } from '@prisma/adapter-pg';

const provider = process.env.KEFU_PRISMA_PROVIDER ?? 'sqlite';
type MigrationAwareAdapter = Awaited<ReturnType<NonNullable<Extract<PrismaConfig, { engine: 'js' }>['adapter']>>>;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: provider === 'sqlite' ? 'prisma/schema.prisma' : `prisma/.generated/${provider}.prisma`,
  async adapter() {
    if (provider === 'postgresql') return new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' });
    // Only `prisma generate` runs for MySQL: Prisma 6's JS schema engine has no MySQL flavour, so
    // its migrations come from scripts/mysql-migration.mjs and this adapter cannot migrate.
    if (provider === 'mysql') return new PrismaMariaDb('mariadb://root@127.0.0.1:3306/test') as unknown as MigrationAwareAdapter;
    return new PrismaBetterSQLite3({ url: ':memory:' });
  },
});
