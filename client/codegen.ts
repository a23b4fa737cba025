// GraphQL Code Generator: typed documents for the SDK from the committed SDL. Run from the repo
// root: `npm run codegen` writes client/src/generated/ (TypedDocumentNode ASTs that urql, Apollo
// Client, graphql-request and graphql-ws take as they are, plus persisted-documents.json, the
// trusted-documents manifest); `npm run codegen:check` fails on drift.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

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
      // __typename in every selection, as urql and Apollo Client add it before sending: the
      // manifest then holds what those clients need when the server runs a document by its hash.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        // Each document carries `__meta__.hash`, the sha256 of its normalized text, which is its key
        // in persisted-documents.json (the manifest `kefu schema check-documents` and the server's
        // `graphql.trustedDocuments` read). sha256 is what Apollo's persisted-query link and urql's
        // persistedExchange send as `extensions.persistedQuery.sha256Hash`.
        persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
      },
      config: {
        // AST documents (TypedDocumentNode) with their fragments inlined: urql, Apollo Client,
        // graphql-request and graphql-ws take them as they are, with result and variable types
        // inferred. (Plain 'documentNode' mode would drop the persisted-document hash.)
        documentMode: 'documentNodeImportFragments',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string', JSON: 'unknown', File: { input: 'Blob', output: 'never' } },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
