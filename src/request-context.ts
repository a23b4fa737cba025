// The id of the HTTP request being handled, for code that has no GraphQL context at hand (error
// masking): set by transport/http.ts around Yoga, read by graphql/mask-error.ts, so the
// `requestId` a client sees in INTERNAL_SERVER_ERROR is the one in the access log and X-Request-Id.
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<string>();

export function runWithRequestId<T>(requestId: string, run: () => T): T {
  return storage.run(requestId, run);
}

export function currentRequestId(): string | undefined {
  return storage.getStore();
}
