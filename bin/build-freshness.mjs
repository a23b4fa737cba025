// Whether dist/ (from `npm run build`) is newer than every source it was built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'bench/src', 'client/src', 'prisma/migrations', 'package.json'];

function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** @param {string} root the repository (or installed package) folder */
export function isBuildFresh(root) {
  const stamp = join(root, 'dist/.build-stamp');
  return existsSync(stamp) && SOURCES.every((source) => newestChange(join(root, source)) <= statSync(stamp).mtimeMs);
}
