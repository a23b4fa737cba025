// Every error a client can get before execution carries a code from the catalogue (src/errors.ts),
// on HTTP and WebSocket alike (the socket path validates and executes through the same envelop):
// syntax errors GRAPHQL_PARSE_FAILED (Yoga labels them only for HTTP requests), validation failures
// GRAPHQL_VALIDATION_FAILED, bad variables BAD_USER_INPUT, an operationName that picks no operation
// BAD_REQUEST (Yoga's OPERATION_RESOLUTION_FAILURE is not in the catalogue). With introspection
// off, "Did you mean …?" hints (fields, arguments, enum values, input fields) are removed too,
// since they would hand out the schema piece by piece.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { KefuError, type ErrorCode } from '../../errors.ts';
import { isGraphQLError } from '../mask-error.ts';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

interface ErrorCodeOptions {
  isIntrospectionAllowed: boolean;
}

function withCode(error: GraphQLError, code: ErrorCode, { isIntrospectionAllowed }: ErrorCodeOptions): GraphQLError {
  const message = isIntrospectionAllowed ? error.message : error.message.replace(SUGGESTION, '');
  if (message === error.message && error.extensions.code) return error;
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code: error.extensions.code ?? code } });
}

// Errors of the request as a whole (no path, no cause but a GraphQL error): variable values
// that do not coerce.
const isRequestError = (e: GraphQLError) => !e.path && (!e.originalError || isGraphQLError(e.originalError));

/** An execution result whose request errors carry BAD_USER_INPUT, or undefined when it has none (also used by the socket's trusted-document path). */
export function labelRequestErrors(result: ExecutionResult, options: ErrorCodeOptions): ExecutionResult | undefined {
  if (!result.errors?.some(isRequestError)) return undefined;
  return { ...result, errors: result.errors.map((e) => (isRequestError(e) ? withCode(e, 'BAD_USER_INPUT', options) : e)) };
}

/** No operation of the document runs under this operationName (graphql's getOperationAST found none). */
export function operationNotFound(operationName: string | null | undefined, details: Record<string, unknown> = {}): KefuError {
  const message = operationName
    ? `The query has no operation named "${operationName}": set operationName to the name of one of its operations, or leave it out when the query has only one.`
    : 'The query has several operations: set operationName to the one to run.';
  return new KefuError('BAD_REQUEST', message, details);
}

// The code Yoga gives its own operationName check on HTTP (use-prevent-mutation-via-get.js).
const YOGA_OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE';
const isOperationResolutionFailure = (e: GraphQLError) => (e.extensions.code as string | undefined) === YOGA_OPERATION_RESOLUTION_FAILURE;

export function useErrorCodes(options: ErrorCodeOptions): Plugin {
  const relabel = (result: ExecutionResult) => labelRequestErrors(result, options);
  const onResult = ({ result, setResult }: { result: unknown; setResult: (r: ExecutionResult) => void }) => {
    if (result && typeof result === 'object' && 'errors' in result) {
      const relabelled = relabel(result as ExecutionResult);
      if (relabelled) setResult(relabelled);
    }
  };
  return {
    onParse: () =>
      ({ result, replaceParseResult }) => {
        if (isGraphQLError(result)) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED', options));
      },
    onValidate: () =>
      ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED', options)));
      },
    onExecute: () => ({ onExecuteDone: onResult }),
    onSubscribe: () => ({ onSubscribeResult: onResult }),
    // HTTP only: the socket path checks operationName itself (graphql-ws/prepare-operation.ts).
    onExecutionResult({ result, setResult, context }) {
      if (!result || !('errors' in result) || !result.errors?.some(isOperationResolutionFailure)) return;
      const replacement = operationNotFound(context.params?.operationName, { http: { status: 400 } });
      setResult({ ...result, errors: result.errors.map((e) => (isOperationResolutionFailure(e) ? replacement : e)) });
    },
  };
}
