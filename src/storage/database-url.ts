import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';

export type Provider = 'sqlite' | 'postgresql' | 'mysql';

export interface DatabaseTarget {
  provider: Provider;
  /** SQLite: absolute file path. PostgreSQL: the connection string without the schema param. MySQL: the connection string. */
  location: string;
  /** PostgreSQL schema (from `?schema=`), default "public"; MySQL database (the URL's path). */
  schema: string;
}

/** Reads config.database.url: empty → <dataDir>/kefu.db; file:PATH → SQLite; postgres(ql):// → PostgreSQL; mysql:// or mariadb:// → MySQL/MariaDB. */
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
  if (/^(mysql|mariadb):\/\//.test(url)) {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    if (!/^\w+$/.test(database)) throw new Error('database.url for MySQL/MariaDB must name the database (letters, digits, _): mysql://user:password@host:3306/kefu');
    return { provider: 'mysql', location: url, schema: database };
  }
  throw new Error(`database.url must start with file:, postgresql:// or mysql:// (got ${JSON.stringify(url.slice(0, 20))})`);
}
