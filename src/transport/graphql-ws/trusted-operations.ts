// Trusted documents (the manifest the client's codegen wrote, src/graphql/trusted-documents.ts)
// prepared once per process: parsed and validated through Yoga's envelop the first time each is
// used, so every parse and validation limit (depth, aliases, tokens, cost, introspection policy)
// and the error codes apply exactly as on the normal path, and the outcome is kept. Their queries
// and mutations then run on the socket compiled (../compiled-execution.ts), with no envelop, Yoga
// context or plugin chain per operation (issue 19). What those plugins do per operation is done here
// instead: the input boundary (prepare-operation.ts), request errors labelled BAD_USER_INPUT,
// unexpected errors masked, and the operation duration and error metrics. Rate limits and auth
// are the same code on both paths (prepare-operation.ts, the resolvers).
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { Deps } from '../../deps.ts';
import type { Execute } from '../compiled-execution.ts';
import { labelRequestErrors } from '../../graphql/plugins/use-error-codes.ts';
import { maskUnexpectedErrors } from '../shared-execution.ts';

/** A trusted document after its one parse and validation: runnable, or the errors to answer with each time. */
export interface TrustedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** Parse or validation errors, answered every time the document is sent. */
  errors: readonly GraphQLError[];
}

export interface TrustedOperations {
  /** The prepared document for `query`, or null when it is not in the manifest (or tracing needs the envelop). */
  find(query: string, prepare: () => TrustedOperation): TrustedOperation | null;
  /** Runs a query or mutation of a trusted document, as Yoga's envelop would around execute(). */
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
}

export function createTrustedOperations(deps: Pick<Deps, 'config' | 'log' | 'trustedDocuments' | 'metrics'>, execute: Execute): TrustedOperations {
  const { config, log, trustedDocuments } = deps;
  const prepared = new Map<string, TrustedOperation>();
  // Tracing opens a span per operation inside the envelop (create-yoga.ts): keep that path then.
  const isEnabled = trustedDocuments.size > 0 && !config.tracing.enabled;
  const { duration, errors } = operationMetrics(deps.metrics.registry);
  const errorCodes = { isIntrospectionAllowed: config.http.introspection };

  return {
    find(query, prepare) {
      if (!isEnabled || !trustedDocuments.isTrusted(query)) return null;
      let operation = prepared.get(query);
      if (!operation) prepared.set(query, (operation = prepare()));
      return operation;
    },

    async execute(args) {
      const startedMs = Date.now();
      const operation = getOperationAST(args.document, args.operationName);
      const labels = { operationName: operation?.name?.value ?? 'Anonymous', operationType: operation?.operation ?? 'query' };
      let result = await maskUnexpectedErrors(execute(args), log);
      result = labelRequestErrors(result, errorCodes) ?? result;
      duration?.observe(labels, (Date.now() - startedMs) / 1000);
      for (const error of result.errors ?? []) errors?.inc({ ...labels, phase: 'execute', path: error.path?.join('.') ?? '' });
      return result;
    },
  };
}

/** The metrics useOperationMetrics registered (graphql/plugins/use-operation-metrics.ts), so both paths count alike. */
function operationMetrics(registry: Registry): { duration?: Histogram; errors?: Counter } {
  const duration = registry.getSingleMetric('graphql_envelop_request_duration');
  const errors = registry.getSingleMetric('graphql_envelop_error_result');
  return { duration: duration instanceof Histogram ? duration : undefined, errors: errors instanceof Counter ? errors : undefined };
}
