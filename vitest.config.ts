import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node resolves `graphql` (no exports map) to its CJS build, as Pothos and Yoga load it; make
  // test files load the same copy instead of the ESM build, or graphql sees two "realms".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['src/**/*.test.ts', 'client/src/**/*.test.ts', 'bench/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './src/testing/counts-reporter.ts'],
  },
});
