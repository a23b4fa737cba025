// Trusted documents: the manifest of operations a client ships (hash → text, written by codegen to
// client/src/generated/persisted-documents.json and published as @kefu/client/persisted-documents.json).
// With it loaded, a request may carry only the hash; with `graphql.trustedDocumentsOnly`, nothing
// else runs. Yoga (HTTP) and the WebSocket transport both call `resolveQuery` before parsing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { envelop, type Plugin } from 'graphql-yoga';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { KefuError } from '../errors.ts';
import { useLimits } from './plugins/use-limits.ts';

const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'keys are sha256 hashes in hex'), z.string().min(1));

/** The parts of a GraphQL request (HTTP params or a graphql-ws subscribe payload) that name its operation. */
export interface OperationSource {
  query?: string | null;
  extensions?: Record<string, unknown> | null;
}

export interface TrustedDocuments {
  /** Operations in the manifest. */
  readonly size: number;
  /** The text to parse, from the manifest when a known hash was sent; throws DOCUMENT_NOT_TRUSTED. */
  resolveQuery(source: OperationSource): string | undefined;
  /** True when `query` is the text of a manifest entry (what resolveQuery returns for a known hash). */
  isTrusted(query: string): boolean;
}

/** Reads and checks a manifest file; the message names the file and what is wrong. */
export function readManifest(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Trusted-documents manifest ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Trusted-documents manifest ${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Trusted-documents manifest ${path} is not an object of sha256 hash → operation text: ${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  return new Map(Object.entries(parsed.data));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash a request names: Apollo/urql `extensions.persistedQuery.sha256Hash`, or a `documentId` of `sha256:<hex>` or `<hex>`. */
function requestedHash(extensions: OperationSource['extensions']): string | undefined {
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (typeof persisted?.sha256Hash === 'string') return persisted.sha256Hash;
  const documentId = extensions?.documentId;
  return typeof documentId === 'string' ? documentId.replace(/^sha256:/, '') : undefined;
}

export function loadTrustedDocuments(config: Config['graphql']): TrustedDocuments {
  const manifest = config.trustedDocuments ? readManifest(config.trustedDocuments) : new Map<string, string>();
  const hashOfText = new Map([...manifest].map(([hash, text]) => [text, hash]));
  return {
    size: manifest.size,
    isTrusted: (query) => hashOfText.has(query),
    resolveQuery({ query, extensions }) {
      const hash = requestedHash(extensions);
      const trusted = hash === undefined ? undefined : manifest.get(hash);
      if (trusted !== undefined) return trusted;
      if (hash !== undefined && !query) {
        throw new KefuError('DOCUMENT_NOT_TRUSTED', `No trusted document has the hash ${hash.slice(0, 64)}: send the operation text, or add it to the manifest (npm run codegen) and restart the server.`);
      }
      if (config.trustedDocumentsOnly && !(query && hashOfText.has(query))) {
        throw new KefuError('DOCUMENT_NOT_TRUSTED', 'This server runs only trusted documents: send an operation of the manifest by its hash in extensions.persistedQuery.sha256Hash.');
      }
      return query ?? undefined;
    },
  };
}

/** Yoga plugin: replaces a known hash with the manifest's text, and refuses the rest when only trusted documents run. */
export function useTrustedDocuments(trusted: TrustedDocuments): Plugin {
  return {
    onParams({ params, setParams }) {
      const query = trusted.resolveQuery(params);
      if (query !== params.query) setParams({ ...params, query });
    },
  };
}

export interface DocumentProblem {
  hash: string;
  /** The operation names in the document, for people. */
  operations: string[];
  errors: string[];
}

/**
 * Parses and validates every manifest entry as the server would (the schema, and the operation
 * limits: depth, aliases, tokens, cost), and checks each key is the sha256 of its text. A document
 * over a limit would be answered QUERY_TOO_COMPLEX every time it is sent.
 */
export function checkTrustedDocuments(schema: GraphQLSchema, manifest: Map<string, string>, limits: Config['limits']): DocumentProblem[] {
  const server = parseAndValidateAsServer(schema, limits);
  const problems: DocumentProblem[] = [];
  for (const [hash, text] of manifest) {
    const errors: string[] = [];
    let operations: string[] = [];
    if (sha256Hex(text) !== hash) errors.push('the key is not the sha256 of the text');
    try {
      const document = server.parse(text);
      operations = document.definitions.flatMap((definition) => (definition.kind === 'OperationDefinition' ? [definition.name?.value ?? '(anonymous)'] : []));
      errors.push(...server.validate(schema, document).map((error) => error.message));
    } catch (error) {
      errors.push((error as Error).message);
    }
    if (errors.length > 0) problems.push({ hash, operations, errors });
  }
  return problems;
}

/** graphql-js's parse and validate with the limit plugins the server runs (plugins/use-limits.ts). */
function parseAndValidateAsServer(schema: GraphQLSchema, limits: Config['limits']): { parse(text: string): DocumentNode; validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] } {
  const engine: Plugin = {
    onPluginInit: ({ setSchema }) => setSchema(schema),
    onParse: ({ setParseFn }) => setParseFn(parse),
    // As Yoga's engine: with a rule added by a plugin, validate() runs only the rules it is given.
    onValidate: ({ setValidationFn, addValidationRule }) => {
      setValidationFn(validate);
      specifiedRules.forEach(addValidationRule);
    },
  };
  return envelop({ plugins: [engine, ...useLimits(limits, { isIntrospectionAllowed: true })] })();
}
