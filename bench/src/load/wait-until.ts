import type { ClientState } from './client-state.ts';

/** Resolves when `isDone()` holds (re-checked on every state change), or at the deadline. */
export function waitUntil(state: Pick<ClientState, 'changed'>, isDone: () => boolean, timeoutMs: number): Promise<boolean> {
  if (isDone()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      state.changed.delete(check);
      clearTimeout(timer);
      resolve(ok);
    };
    const check = () => isDone() && finish(true);
    const timer = setTimeout(() => finish(isDone()), Math.max(0, timeoutMs));
    state.changed.add(check);
  });
}
