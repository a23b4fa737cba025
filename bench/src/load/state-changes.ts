import type { OnChange } from '../../../src/testing/wait-until.ts';

/** The client's state changes (ClientState.changed), for isDoneWithin (src/testing/wait-until.ts) to re-check on. */
export function changesOf(state: { changed: Set<() => void> }): { onChange: OnChange } {
  return {
    onChange(listener) {
      state.changed.add(listener);
      return () => state.changed.delete(listener);
    },
  };
}
