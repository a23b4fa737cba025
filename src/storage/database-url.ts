import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';

export type Provider = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  provider: Provider;
  /** SQLite: absolute file path. PostgreSQL: the connection string without the schema param. */
  location: string;
  /** PostgreSQL schema (from `?schema=`), default "public". */
  schema: string;
}

/** Reads config.database.url: empty → <dataDir>/kefu.db; file:PATH → SQLite; postgres(ql):// → PostgreSQL. */
export function resolveDatabaseTarget(config: Pick<Config, 'database' | 'dataDir'>): DatabaseTarget {
  const url = config.database.url;
  if (!url) return { provider: 'sqlite', location: resolve(join(config.dataDir, 'kefu.db')), schema: '' };
  if (url.startsWith('file:')) return { provider: 'sqlite', location: resolve(url.slice('file:'.length)), schema: '' };
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? 'public';
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', location: parsed.toString(), schema };
  }
  throw new Error(`database.url must start with file: or postgresql:// (got ${JSON.stringify(url.slice(0, 20))})`);
}
