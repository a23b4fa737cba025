// What the UI shows about the link to the server, fed by socket and HTTP outcomes alike.

/**
 * - `connecting`: no answer from the server yet.
 * - `connected`: the last socket handshake or HTTP request reached the server.
 * - `reconnecting`: the connection was lost; retrying with backoff.
 * - `offline`: the platform reports no network, or `retry.offlineAfterAttempts` attempts in a row failed.
 *   Messages sent now wait in the outbox.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionStateObservable {
  /** The state now. */
  readonly current: ConnectionState;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  onChange(listener: (state: ConnectionState) => void): () => void;
}

export interface ConnectionStateTracker extends ConnectionStateObservable {
  reportSuccess(): void;
  reportFailure(): void;
  reportPlatformOffline(): void;
  /** Calls `listener` whenever the server answers again after failures (a good moment to retry). */
  onRecovered(listener: () => void): () => void;
}

export function createConnectionState(offlineAfterAttempts: number): ConnectionStateTracker {
  let current: ConnectionState = 'connecting';
  let failures = 0;
  let hasConnected = false;
  const listeners = new Set<(state: ConnectionState) => void>();
  const recoveredListeners = new Set<() => void>();
  const set = (next: ConnectionState) => {
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener(next);
  };
  return {
    get current() {
      return current;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRecovered(listener) {
      recoveredListeners.add(listener);
      return () => recoveredListeners.delete(listener);
    },
    reportSuccess() {
      const wasDown = current !== 'connected';
      failures = 0;
      hasConnected = true;
      set('connected');
      if (wasDown) for (const listener of [...recoveredListeners]) listener();
    },
    reportFailure() {
      failures += 1;
      set(failures >= offlineAfterAttempts ? 'offline' : hasConnected ? 'reconnecting' : 'connecting');
    },
    reportPlatformOffline() {
      set('offline');
    },
  };
}

interface PlatformEvents {
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
}

/** In browsers, follows the `online`/`offline` events; `onOnline` should retry at once. A no-op in Node. */
export function watchPlatformNetwork(state: ConnectionStateTracker, onOnline: () => void): () => void {
  const target = globalThis as PlatformEvents;
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function') return () => {};
  const offline = () => state.reportPlatformOffline();
  target.addEventListener('offline', offline);
  target.addEventListener('online', onOnline);
  return () => {
    target.removeEventListener?.('offline', offline);
    target.removeEventListener?.('online', onOnline);
  };
}
