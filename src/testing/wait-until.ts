// Await a condition instead of sleeping, for the tests of src/ and client/ and the bench's load
// clients. Given `onChange`, a (synchronous) condition is re-checked on each change it reports:
// no polling, so the bench measures deliveries, not a timer. Otherwise the condition is polled.

/** Registers `listener` to run on each change; returns the function that removes it. */
export type OnChange = (listener: () => void) => () => void;

type Check = () => boolean | Promise<boolean>;
type WaitOptions = { onChange?: OnChange; pollMs?: number };

/** Resolves true once `isDone()` holds (a polled check that throws counts as not yet), or false when `timeoutMs` passes first. */
export function isDoneWithin(isDone: () => boolean, timeoutMs: number, options: { onChange: OnChange }): Promise<boolean>;
export function isDoneWithin(isDone: Check, timeoutMs: number, options?: { pollMs?: number }): Promise<boolean>;
export function isDoneWithin(isDone: Check, timeoutMs: number, options: WaitOptions = {}): Promise<boolean> {
  return options.onChange ? whenChanged(isDone as () => boolean, timeoutMs, options.onChange) : polled(isDone, timeoutMs, options.pollMs ?? 100);
}

/** Like isDoneWithin, but a timeout fails: "timed out after 90000 ms waiting for <what>". */
export function waitUntil(isDone: () => boolean, what: string, timeoutMs: number, options: { onChange: OnChange }): Promise<void>;
export function waitUntil(isDone: Check, what: string, timeoutMs?: number, options?: { pollMs?: number }): Promise<void>;
export async function waitUntil(isDone: Check, what: string, timeoutMs = 90_000, options: WaitOptions = {}): Promise<void> {
  if (!(await isDoneWithin(isDone, timeoutMs, options))) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

function whenChanged(isDone: () => boolean, timeoutMs: number, onChange: OnChange): Promise<boolean> {
  if (isDone()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (isMet: boolean) => {
      stop();
      clearTimeout(timer);
      resolve(isMet);
    };
    const stop = onChange(() => isDone() && finish(true));
    const timer = setTimeout(() => finish(isDone()), Math.max(0, timeoutMs));
  });
}

async function polled(isDone: Check, timeoutMs: number, pollMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await Promise.resolve().then(isDone).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return false;
}
