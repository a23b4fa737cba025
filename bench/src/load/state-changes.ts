import type { OnChange } from '../../../src/testing/wait-until.ts';
import type { ClientState } from './client-process.ts';

/** The client's state changes, for isDoneWithin (src/testing/wait-until.ts) to re-check on. */
export function changesOf(state: Pick<ClientState, 'changed'>): { onChange: OnChange } {
  return {
    onChange(listener) {
      state.changed.add(listener);
      return () => state.changed.delete(listener);
    },
  };
}
