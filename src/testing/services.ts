// Which real services the tests can reach. Suites that need PostgreSQL, MariaDB or Redis skip with a
// notice on a machine without them; with REQUIRE_TEST_SERVICES=1 (.ci/run) a missing service fails.
import { createConnection } from 'node:net';
import { describe } from 'vitest';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
/** A MariaDB (or MySQL) server; each test database is created on it and dropped after. */
export const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const isRequired = process.env.REQUIRE_TEST_SERVICES === '1';

function canConnect(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port), timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const reachable = {
  postgresql: await canConnect(POSTGRES_URL),
  mysql: await canConnect(MYSQL_URL),
  redis: await canConnect(REDIS_URL),
};
const urls: Record<Service, string> = { postgresql: POSTGRES_URL, mysql: MYSQL_URL, redis: REDIS_URL };

export type Service = keyof typeof reachable;

/** describe() that runs when the service is reachable; otherwise skips with a notice, or fails under REQUIRE_TEST_SERVICES=1. */
export function describeWith(service: Service, name: string, body: () => void): void {
  const missing = reachable[service] ? null : `${service} is not reachable at ${urls[service]} (start it, or run .ci/run)`;
  describeWhen(missing, name, body);
}

/** describe() that runs when `missing` is null; otherwise skips naming what is missing, or fails under REQUIRE_TEST_SERVICES=1. */
export function describeWhen(missing: string | null, name: string, body: () => void): void {
  if (!missing) {
    describe(name, body);
    return;
  }
  if (isRequired) {
    describe(name, () => {
      throw new Error(`required (REQUIRE_TEST_SERVICES=1) but ${missing}`);
    });
    return;
  }
  process.stderr.write(`notice: skipping "${name}": ${missing}\n`);
  describe.skip(name, body);
}

export type StorageProvider = 'sqlite' | 'postgresql' | 'mysql';

/** Runs the suite once per storage provider; PostgreSQL and MariaDB follow the rules of describeWith. */
export function describeEachStorage(name: string, body: (provider: StorageProvider) => void): void {
  describe(`${name} [sqlite]`, () => body('sqlite'));
  describeWith('postgresql', `${name} [postgresql]`, () => body('postgresql'));
  describeWith('mysql', `${name} [mysql]`, () => body('mysql'));
}
