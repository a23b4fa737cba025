// A `subscribe` message to execution arguments, through Yoga's envelop so the HTTP path's limits,
// introspection policy and trusted documents apply: parse and validation errors (and an
// operationName that picks no operation) answer the one operation with an `error` message (not a
// 4500 close), and mutations are rate-limited per connection.
// The prepared arguments carry how they run with them: their envelop, their share key
// (shared-execution.ts), or the trusted-document path (trusted-operations.ts).
import { GraphQLError, getOperationAST, Kind, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Deps } from '../../deps.ts';
import { badInput, type KefuError } from '../../errors.ts';
import { contextForOneRun, type GraphQLContext } from '../../graphql/context.ts';
import type { ServerContext } from '../../graphql/create-yoga.ts';
import { findInputIssues } from '../../graphql/input-boundary.ts';
import { isGraphQLError } from '../../graphql/mask-error.ts';
import { operationNotFound } from '../../graphql/plugins/use-error-codes.ts';
import type { Principal } from '../../auth/principal.ts';
import type { SharedExecution } from '../shared-execution.ts';
import type { Connection } from './connection.ts';
import type { TrustedOperations } from './trusted-operations.ts';

export type KefuYoga = YogaServerInstance<ServerContext, GraphQLContext>;
type Enveloped = ReturnType<KefuYoga['getEnveloped']>;

const PREPARED = Symbol('kefu.preparedOperation');

/**
 * How prepared arguments run: through Yoga's envelop, as a shared subscription, or as a trusted
 * document (trusted-operations.ts). A shared subscription of a trusted document runs compiled
 * (compiled-execution.ts).
 */
export type RunMode = { kind: 'envelop'; env: Enveloped } | { kind: 'shared'; shareKey: string; isTrusted: boolean } | { kind: 'trusted' };

/** Execution arguments that carry how to run them; the protocol hands the same object to execute/subscribe. */
export interface PreparedArgs extends ExecutionArgs {
  readonly [PREPARED]: RunMode;
}

interface Parsed {
  schema: GraphQLSchema;
  document: DocumentNode;
  errors: readonly GraphQLError[];
}

export async function prepareOperation(
  { deps, yoga, shared, trusted }: { deps: Deps; yoga: KefuYoga; shared: SharedExecution; trusted: TrustedOperations },
  caller: Pick<Connection, 'connId' | 'context'>,
  payload: SubscribePayload,
): Promise<PreparedArgs | readonly GraphQLError[]> {
  let query: string;
  try {
    query = deps.trustedDocuments.resolveQuery(payload) ?? payload.query;
  } catch (error) {
    return [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError(String(error)))];
  }
  // The envelop is built only for operations that need it: a trusted document uses it once per process.
  let env: Enveloped | undefined;
  const enveloped = () => (env ??= yoga.getEnveloped({ kefu: caller.context } as ServerContext));
  const trustedOperation = trusted.find(query, () => parseAndValidate(enveloped(), query));
  const parsed = trustedOperation ?? parseAndValidate(enveloped(), query);
  if (parsed.errors.length > 0) return parsed.errors;
  const { schema, document } = parsed;
  // Also answered here, not only by useInputBoundary: shared subscriptions and trusted documents execute outside the envelop.
  const issues = findInputIssues(schema, document, payload.variables);
  if (issues.length > 0) return [badInput(issues)];
  const operationType = getOperationAST(document, payload.operationName)?.operation;
  if (!operationType) return [operationNotFound(payload.operationName)];
  const base = { schema, document, operationName: payload.operationName, variableValues: payload.variables, rootValue: undefined };
  if (operationType === 'subscription' && caller.context) {
    // A shared subscription keeps only what it needs for its life (an idle socket holds it for
    // hours): no Yoga context or envelop, only the connection's context (each run gets a context
    // object of its own that inherits it, as Pothos keys its per-request caches by that object:
    // shared-execution.ts).
    const args: ExecutionArgs = { ...base, contextValue: caller.context };
    const shareKey = shared.keyOf(args, query, audienceOf(caller.context.principal));
    if (shareKey) {
      return { ...args, [PREPARED]: { kind: 'shared', shareKey, isTrusted: trustedOperation !== null } };
    }
  }
  if (operationType === 'mutation') {
    try {
      await deps.limiter.take('connectionMutations', caller.connId);
    } catch (error) {
      return [error as KefuError];
    }
  }
  if (trustedOperation && caller.context && operationType !== 'subscription') {
    return { ...base, contextValue: contextForOneRun(caller.context), [PREPARED]: { kind: 'trusted' } };
  }
  const envelop = enveloped();
  return { ...base, contextValue: await envelop.contextFactory(), [PREPARED]: { kind: 'envelop', env: envelop } };
}

/** How to run args from prepareOperation; throws for any other args rather than run them outside Yoga's envelop. */
export function preparedOf(args: ExecutionArgs): RunMode {
  const prepared = (args as Partial<PreparedArgs>)[PREPARED];
  if (!prepared) throw new Error('The protocol ran arguments that prepareOperation did not prepare');
  return prepared;
}

/** Parse and validation through the envelop (armor limits, introspection policy, error codes); errors come without HTTP hints. */
function parseAndValidate(env: Enveloped, query: string): Parsed {
  let document: DocumentNode;
  try {
    document = env.parse(query);
  } catch (error) {
    return { schema: env.schema, document: EMPTY_DOCUMENT, errors: [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError(String(error)))] };
  }
  try {
    return { schema: env.schema, document, errors: env.validate(env.schema, document).map(withoutHttpHints) };
  } catch (error) {
    return { schema: env.schema, document, errors: [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError('The operation could not be validated.'))] };
  }
}

const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/** Subscribers share executions only within one audience, so role-dependent fields stay correct. */
function audienceOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  return principal.kind === 'visitor' ? 'visitor' : `${principal.kind}:${principal.role}`;
}

/** Yoga's `extensions.http` (status and headers for an HTTP response) means nothing on a socket. */
function withoutHttpHints(error: GraphQLError): GraphQLError {
  if (!error.extensions.http) return error;
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
}
