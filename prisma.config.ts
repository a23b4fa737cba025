// Prisma CLI config. `engine: 'js'` with a driver adapter keeps `prisma generate` and
// `prisma migrate diff` offline (no engine download). KEFU_PRISMA_PROVIDER picks the variant
// that scripts/prisma-generate.mjs is working on; the app itself never reads this file.
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

const isPostgres = process.env.KEFU_PRISMA_PROVIDER === 'postgresql';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: isPostgres ? 'prisma/.generated/postgresql.prisma' : 'prisma/schema.prisma',
  async adapter() {
    return isPostgres
      ? new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' })
      : new PrismaBetterSQLite3({ url: ':memory:' });
  },
});
