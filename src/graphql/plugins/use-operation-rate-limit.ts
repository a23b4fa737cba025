// limits.operationsPerMinute on HTTP: every operation that reaches execution takes one slot of its
// caller (or of its address before sign-in) before it runs. Operations over a WebSocket carry the
// connection's context (`kefu`) and were counted when their `subscribe` message arrived
// (transport/graphql-ws/server.ts), since shared subscriptions and trusted documents run outside
// this envelop; they are not counted twice here.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationRefusal } from '../../rate-limits.ts';
import type { GraphQLContext } from '../context.ts';

/** A socket's operations run with `kefu`, the connection's context (create-yoga.ts ServerContext). */
type OperationContext = GraphQLContext & { kefu?: GraphQLContext };

export function useOperationRateLimit(): Plugin<OperationContext> {
  const stopIfRefused = async (value: unknown, stop: (result: ExecutionResult) => void) => {
    const context = value as OperationContext;
    if (context.kefu) return;
    const refusal = await operationRefusal(context.deps.limiter, context.principal, context.clientIp);
    if (refusal) stop({ errors: [refusal] });
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) => stopIfRefused(args.contextValue, setResultAndStopExecution),
    onSubscribe: ({ args, setResultAndStopExecution }) => stopIfRefused(args.contextValue, setResultAndStopExecution),
  };
}
