#!/usr/bin/env node
// Runs the compiled server in dist/ when `npm run build` made it and no source file has changed
// since; otherwise the TypeScript sources through tsx (so a checkout works with or without a build).
import { isBuildFresh } from './build-freshness.mjs';

if (isBuildFresh(new URL('..', import.meta.url).pathname)) {
  await import('../dist/src/main.js');
} else {
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (!tsx) {
    process.stderr.write('kefu: no up-to-date build in dist/ and no tsx to run the sources: run `npm run build` (with dev dependencies installed) first.\n');
    process.exit(1);
  }
  tsx.register();
  await import('../src/main.ts');
}
