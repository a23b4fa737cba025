// GraphQL Code Generator: typed documents for the SDK from the committed SDL. Run from the repo
// root: `npm run codegen` writes client/src/generated/; `npm run codegen:check` fails on drift.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // Every operation file of the SDK, widget and console; one generated module serves them all.
  documents: ['client/src/**/*.graphql'],
  ignoreNoDocuments: false,
  // Relative imports end in .js, as NodeNext ESM (tsc, tsx, bundlers) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'client/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are strings, so browsers don't need the graphql package at run time.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
