// Messages on their way to the server. Each is written to storage before the first attempt and
// removed once the server stored it, so a message typed offline survives a page reload and is sent
// once when the connection returns: retries reuse its clientMessageId, which the server dedupes.
import { computeBackoffMs, createWakeableDelay, type ResolvedRetryOptions, type WakeableDelay } from './backoff.ts';
import type { PostbackInput, RichContentInput, RichFormSubmissionInput, SendMessageMutation } from './generated/graphql.ts';
import { KefuClientError } from './kefu-client-error.ts';

/** The part of `localStorage` the outbox uses. */
export interface KefuStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface OutboxItem {
  clientMessageId: string;
  conversationId: string;
  body: string;
  internal?: boolean;
  rich?: RichContentInput;
  postback?: PostbackInput;
  formSubmission?: RichFormSubmissionInput;
  /** Uploaded files the message carries (uploaded before it was queued). */
  attachmentIds?: string[];
  /** ISO time it was queued. */
  queuedAt: string;
}

export type SendMessageResult = SendMessageMutation['sendMessage'];

export type OutboxEvent =
  | { kind: 'queued'; item: OutboxItem }
  | { kind: 'retrying'; item: OutboxItem; error: KefuClientError; delayMs: number }
  | { kind: 'sent'; item: OutboxItem; result: SendMessageResult }
  | { kind: 'failed'; item: OutboxItem; error: KefuClientError };

export interface Outbox {
  /** Messages not yet stored by the server, oldest first. */
  list(): OutboxItem[];
  /** Retries now instead of after the backoff; resolves when the outbox is empty. */
  flush(): Promise<void>;
  /** Calls `listener` for each queued, retrying, sent and failed message; returns the unsubscribe function. */
  on(listener: (event: OutboxEvent) => void): () => void;
}

export interface OutboxController extends Outbox {
  /** Stores `item`, then sends it; resolves when the server has stored it. */
  enqueue(item: OutboxItem): Promise<SendMessageResult>;
  /** Retries now, e.g. when the connection returns. */
  wake(): void;
  /** Stops sending; what is left stays in storage for the next client with the same storage. */
  close(): void;
}

export interface OutboxDeps {
  storage: KefuStorage;
  storageKey: string;
  retry: ResolvedRetryOptions;
  send(item: OutboxItem): Promise<SendMessageResult>;
}

export function createOutbox(deps: OutboxDeps): OutboxController {
  const listeners = new Set<(event: OutboxEvent) => void>();
  const waiters = new Map<string, { resolve(result: SendMessageResult): void; reject(error: KefuClientError): void }>();
  const flushWaiters: { resolve(): void; reject(error: KefuClientError): void }[] = [];
  let draining: Promise<void> | undefined;
  let delay: WakeableDelay | undefined;
  let isClosed = false;

  // Storage is the source of truth and is re-read on every change, so tabs sharing it don't drop
  // each other's messages; two tabs may both send one item, which the server stores once.
  const read = (): OutboxItem[] => {
    const raw = deps.storage.getItem(deps.storageKey) ?? '[]';
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) throw new Error(`Storage key ${deps.storageKey} does not hold a Kefu outbox; remove it or pass another outboxKey.`);
    return parsed as OutboxItem[];
  };
  const write = (items: OutboxItem[]) => deps.storage.setItem(deps.storageKey, JSON.stringify(items));
  const remove = (id: string) => write(read().filter((item) => item.clientMessageId !== id));
  const emit = (event: OutboxEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const settle = (item: OutboxItem, outcome: { result: SendMessageResult } | { error: KefuClientError }) => {
    remove(item.clientMessageId);
    const waiter = waiters.get(item.clientMessageId);
    waiters.delete(item.clientMessageId);
    if ('result' in outcome) {
      waiter?.resolve(outcome.result);
      emit({ kind: 'sent', item, result: outcome.result });
    } else {
      waiter?.reject(outcome.error);
      emit({ kind: 'failed', item, error: outcome.error });
    }
  };

  const sendWithRetry = async (item: OutboxItem) => {
    for (let attempt = 0; !isClosed; attempt++) {
      try {
        return settle(item, { result: await deps.send(item) });
      } catch (error) {
        const kefuError = error instanceof KefuClientError ? error : new KefuClientError('INTERNAL_SERVER_ERROR', String(error), { cause: error });
        if (!kefuError.isRetryable) return settle(item, { error: kefuError });
        const delayMs = Math.max(computeBackoffMs(attempt, deps.retry), kefuError.retryAfterMs ?? 0);
        emit({ kind: 'retrying', item, error: kefuError, delayMs });
        delay = createWakeableDelay(delayMs);
        await delay.promise;
      }
    }
  };

  // One message at a time, oldest first, so the server assigns seqs in the order they were typed.
  const sendAll = async () => {
    for (let next = read()[0]; next && !isClosed; next = read()[0]) await sendWithRetry(next);
  };

  const drain = (): Promise<void> =>
    (draining ??= sendAll()
      .catch((error: unknown) => {
        // Only storage can fail here (sends are retried or settled): tell everyone waiting.
        const failure = toStorageError(error);
        for (const waiter of [...waiters.values(), ...flushWaiters.splice(0)]) waiter.reject(failure);
        waiters.clear();
      })
      .finally(() => {
        draining = undefined;
        if (isClosed) return;
        // An item queued while the loop was finishing starts a new round.
        if (read().length > 0) void drain();
        else for (const waiter of flushWaiters.splice(0)) waiter.resolve();
      }));

  const wake = () => {
    delay?.wake();
    if (!isClosed) void drain();
  };

  return {
    list: read,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(item) {
      if (isClosed) return Promise.reject(new KefuClientError('CLIENT_CLOSED', 'This client is closed; create a new one to send.'));
      // A full or unreadable storage refuses the message, as a rejection like every other failure.
      try {
        write([...read(), item]);
      } catch (error) {
        return Promise.reject(toStorageError(error));
      }
      const stored = new Promise<SendMessageResult>((resolve, reject) => waiters.set(item.clientMessageId, { resolve, reject }));
      emit({ kind: 'queued', item });
      void drain();
      return stored;
    },
    wake,
    flush() {
      if (isClosed) return Promise.reject(new KefuClientError('CLIENT_CLOSED', 'This client is closed; what is left in the outbox goes out with the next client on the same storage.'));
      const empty = new Promise<void>((resolve, reject) => flushWaiters.push({ resolve, reject }));
      wake();
      return empty;
    },
    close() {
      isClosed = true;
      delay?.wake();
      const error = new KefuClientError('CLIENT_CLOSED', 'The client closed before the server stored this message; it stays in the outbox and goes out with the next client on the same storage.');
      for (const waiter of [...waiters.values(), ...flushWaiters.splice(0)]) waiter.reject(error);
      waiters.clear();
    },
  };
}

function toStorageError(error: unknown): KefuClientError {
  return new KefuClientError('STORAGE_FAILED', `The outbox storage failed: ${String(error)}`, { cause: error });
}

/** The default storage: in memory, so the outbox lasts as long as the page. Pass `localStorage` to survive reloads. */
export function createMemoryStorage(): KefuStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

/** A UUID v4 for sendMessage's clientMessageId; crypto.randomUUID needs a secure context in browsers. */
export function createClientMessageId(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
