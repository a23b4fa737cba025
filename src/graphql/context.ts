import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import type { Logger } from '../log.ts';

/** Per HTTP request, or per WebSocket connection. */
export interface GraphQLContext {
  deps: Deps;
  principal: Principal | null;
  log: Logger;
  requestId: string;
  /** The caller's address (transport/client-address.ts), for per-address limits. */
  clientIp: string;
}

interface RunContext extends GraphQLContext {
  readonly caller: GraphQLContext;
}

// Every run's context shares this one prototype: making each caller's context the prototype of
// its runs would turn it into a V8 prototype object, with a hidden class of its own (a few
// hundred bytes per socket that subscribed once).
const RUN_CONTEXT = {
  get log(): Logger {
    return (this as unknown as RunContext).caller.log;
  },
};

/**
 * A context object of its own for one run (one operation, a subscribe resolver, one event's
 * execution) with the caller's fields: Pothos keys its per-request caches (an object and six Maps)
 * by the context object, and a socket's context lives as long as the socket. The logger stays the
 * caller's, made on first use.
 */
export function contextForOneRun(caller: GraphQLContext): GraphQLContext {
  const run = Object.create(RUN_CONTEXT) as { -readonly [K in keyof RunContext]: RunContext[K] };
  run.deps = caller.deps;
  run.principal = caller.principal;
  run.requestId = caller.requestId;
  run.clientIp = caller.clientIp;
  run.caller = caller;
  return run;
}
