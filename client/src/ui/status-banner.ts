// The banner of the widget and the console: the connection state (hidden while connected), or
// an error, which stays long enough to read and then gives way to the connection state again.
import type { ConnectionStateObservable } from '../connection-state.ts';
import { describeError } from '../kefu-client-error.ts';

/** How long an error stays in the banner. */
const ERROR_SHOWN_MS = 10_000;

export interface StatusBanner {
  showError(error: unknown): void;
  /** Shows the connection state now (e.g. once a send went through, over an earlier error). */
  showConnection(): void;
  stop(): void;
}

export function createStatusBanner(banner: HTMLElement, state: ConnectionStateObservable, options: { locale: string; offline: string; reconnecting: string }): StatusBanner {
  let errorTimer: ReturnType<typeof setTimeout> | undefined;
  const showConnection = () => {
    clearTimeout(errorTimer);
    banner.hidden = state.current === 'connected' || state.current === 'connecting';
    banner.textContent = state.current === 'offline' ? options.offline : options.reconnecting;
  };
  const stopWatching = state.onChange(showConnection);
  return {
    showError(error) {
      banner.hidden = false;
      banner.textContent = describeError(error, options.locale);
      clearTimeout(errorTimer);
      errorTimer = setTimeout(showConnection, ERROR_SHOWN_MS);
    },
    showConnection,
    stop() {
      clearTimeout(errorTimer);
      stopWatching();
    },
  };
}
