// Test harness: await a connection state instead of sleeping.
import type { ConnectionStateObservable, ConnectionState } from '../connection-state.ts';

/** Resolves when `predicate` holds for the client's connection state (now or after a change). */
export function waitForState(state: ConnectionStateObservable, predicate: (state: ConnectionState) => boolean): Promise<ConnectionState> {
  if (predicate(state.current)) return Promise.resolve(state.current);
  return new Promise((resolve) => {
    const stop = state.onChange((next) => {
      if (!predicate(next)) return;
      stop();
      resolve(next);
    });
  });
}
