// A `subscribe` message to execution arguments, through Yoga's envelop so the HTTP path's limits,
// introspection policy and trusted documents apply: parse and validation errors answer the one
// operation with an `error` message (not a 4500 close), and mutations are rate-limited per connection.
// The prepared arguments carry their envelop and share key (shared-execution.ts) with them.
import { GraphQLError, getOperationAST, type ExecutionArgs } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Deps } from '../../deps.ts';
import { badInput, type KefuError } from '../../errors.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import type { ServerContext } from '../../graphql/create-yoga.ts';
import { findInputIssues } from '../../graphql/input-boundary.ts';
import { isGraphQLError } from '../../graphql/mask-error.ts';
import type { Principal } from '../../auth/principal.ts';
import type { FrameWriter, SharedExecution } from '../shared-execution.ts';
import type { Connection } from './connection.ts';

export type KefuYoga = YogaServerInstance<ServerContext, GraphQLContext>;
type Enveloped = ReturnType<KefuYoga['getEnveloped']>;

const PREPARED = Symbol('kefu.preparedOperation');

/** Execution arguments that carry how to run them; graphql-ws hands the same object to execute/subscribe. */
export interface PreparedArgs extends ExecutionArgs {
  readonly [PREPARED]: { env: Enveloped; shareKey: null } | { env: null; shareKey: string; out: FrameWriter };
}

export async function prepareOperation(
  { deps, yoga, shared }: { deps: Deps; yoga: KefuYoga; shared: SharedExecution },
  caller: Pick<Connection, 'connId' | 'context' | 'write'>,
  id: string,
  payload: SubscribePayload,
): Promise<PreparedArgs | readonly GraphQLError[]> {
  const env = yoga.getEnveloped({ kefu: caller.context } as ServerContext);
  let query: string;
  let document;
  try {
    query = deps.trustedDocuments.resolveQuery(payload) ?? payload.query;
    document = env.parse(query);
  } catch (error) {
    return [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError(String(error)))];
  }
  let errors: readonly GraphQLError[];
  try {
    errors = env.validate(env.schema, document);
  } catch (error) {
    return [withoutHttpHints(isGraphQLError(error) ? error : new GraphQLError('The operation could not be validated.'))];
  }
  if (errors.length > 0) return errors.map(withoutHttpHints);
  // Also answered here, not only by useInputBoundary: shared subscriptions execute outside the envelop.
  const issues = findInputIssues(env.schema, document, payload.variables);
  if (issues.length > 0) return [badInput(issues)];
  const operationType = getOperationAST(document, payload.operationName)?.operation;
  if (operationType === 'subscription' && caller.context) {
    // A shared subscription keeps only what it needs for its life (an idle socket holds it for
    // hours): no Yoga context or envelop, and a context object of its own (Pothos keys its
    // per-request caches by it) that inherits the connection's fields without copying them
    // (copying would also build the connection's lazy child logger).
    const args: ExecutionArgs = { schema: env.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: Object.create(caller.context) as GraphQLContext };
    const shareKey = shared.keyOf(args, query, audienceOf(caller.context.principal));
    if (shareKey) return { ...args, [PREPARED]: { env: null, shareKey, out: { framePrefix: `{"id":${JSON.stringify(id)},"type":"next","payload":`, write: caller.write } } };
  }
  if (operationType === 'mutation') {
    try {
      await deps.limiter.take('connectionMutations', caller.connId);
    } catch (error) {
      return [error as KefuError];
    }
  }
  const args: ExecutionArgs = {
    schema: env.schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
    contextValue: await env.contextFactory(),
    rootValue: undefined,
  };
  return { ...args, [PREPARED]: { env, shareKey: null } };
}

/** How to run args from prepareOperation; throws for any other args rather than run them outside Yoga's envelop. */
export function preparedOf(args: ExecutionArgs): PreparedArgs[typeof PREPARED] {
  const prepared = (args as Partial<PreparedArgs>)[PREPARED];
  if (!prepared) throw new Error('graphql-ws executed arguments that onSubscribe did not prepare');
  return prepared;
}

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
