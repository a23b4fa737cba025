import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '**/node_modules/', 'dist/', 'src/storage/generated/', 'client/src/generated/', 'client/dist/', 'examples/*/dist/', 'data/', 'bench/results/', 'scratch*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': ['error', { selector: 'CatchClause[body.body.length=0]', message: 'Do not swallow errors silently: handle, log or rethrow them.' }],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', '**/*.test.ts', 'src/testing/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
