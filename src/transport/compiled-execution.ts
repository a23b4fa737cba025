// Trusted documents compiled with graphql-jit (issue 19). graphql-js execute() walks the operation's
// AST on every call: it coerces variables and arguments, looks up each field and checks each type.
// graphql-jit does that walk once and generates a function for the one selection, which then only
// calls resolvers and completes values. Only trusted documents are compiled: a compilation costs
// milliseconds, and the manifest bounds how many documents there are. Any other document runs on
// graphql-js, and so does a document that graphql-jit cannot compile (its errors are then
// graphql-js's own). One difference: graphql-jit reads a field without a resolver as a plain
// property, where graphql-js would also call a function or await a promise found there. Kefu's
// fields without resolvers are Pothos `expose` fields, whose parent types hold plain values.
import { execute, GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

interface Compiled {
  schema: GraphQLSchema;
  /** By operation name ('' for none); null when graphql-jit could not compile it. */
  byOperation: Map<string, CompiledQuery | null>;
}

/** execute() for documents that were validated and are trusted, compiled on first use. */
export function createCompiledExecute(): Execute {
  // Keyed by the document object: trusted documents are parsed once per process (trusted-operations.ts).
  const compiled = new WeakMap<DocumentNode, Compiled>();

  const compiledQueryOf = ({ schema, document, operationName }: ExecutionArgs): CompiledQuery | null => {
    let entry = compiled.get(document);
    if (!entry || entry.schema !== schema) compiled.set(document, (entry = { schema, byOperation: new Map() }));
    const name = operationName ?? '';
    let query = entry.byOperation.get(name);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      entry.byOperation.set(name, (query = isCompiledQuery(result) ? result : null));
    }
    return query;
  };

  return (args) => {
    const query = compiledQueryOf(args);
    if (!query) return execute(args);
    const result = query.query(args.rootValue, args.contextValue, args.variableValues);
    return isPromise(result) ? result.then(withGraphQLErrors) : withGraphQLErrors(result);
  };
}

/**
 * graphql-jit's errors are GraphQLErrors without an `extensions` object when their cause has none;
 * the rest of Kefu (error codes, masking) relies on graphql-js's shape, so errors are rebuilt in it.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions ?? {} });
    // graphql-jit knows the locations but not the AST nodes graphql-js would compute them from.
    return Object.assign(rebuilt, { locations: error.locations });
  });
  return { ...result, errors };
}

export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}
