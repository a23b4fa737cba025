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
