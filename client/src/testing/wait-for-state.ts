// Test harness: await a connection state instead of sleeping (src/testing/wait-until.ts).
import { waitUntil } from '../../../src/testing/wait-until.ts';
import type { ConnectionState, ConnectionStateObservable } from '../connection-state.ts';

/** Resolves when `predicate` holds for the client's connection state (now or after a change). */
export function waitForState(state: ConnectionStateObservable, predicate: (state: ConnectionState) => boolean): Promise<void> {
  return waitUntil(() => predicate(state.current), `the connection state to pass ${String(predicate)}`, 60_000, { onChange: (listener) => state.onChange(listener) });
}
