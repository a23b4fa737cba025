// Real GraphQL over HTTP (fetch) and WebSocket (graphql-ws) for tests.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function gql<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The code of a response's first error, or undefined when it has none. */
export function errorCodeOf(result: Pick<GraphQLResponse, 'errors'>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** gql() that throws on errors and returns data. */
export async function gqlData<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
  const result = await gql<T>(url, query, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

export function openWsClient(wsUrl: string, token?: string, options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    lazy: false,
  });
}

export interface Subscription<T> {
  /** Resolves with the next event (rejects if the stream errors or ends first). */
  next(): Promise<T>;
  /** Every event received so far. */
  received: T[];
  /** Resolves once `count` events have arrived. */
  waitFor(count: number): Promise<T[]>;
  done: Promise<{ error?: unknown }>;
  stop(): void;
}

export function subscribe<T = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>): Subscription<T> {
  const received: T[] = [];
  const waiters: { count: number; resolve: (v: T[]) => void; reject: (e: unknown) => void }[] = [];
  let failure: unknown;
  let isDone = false;
  let resolveDone!: (v: { error?: unknown }) => void;
  const done = new Promise<{ error?: unknown }>((r) => (resolveDone = r));
  const settle = () => {
    for (const w of [...waiters]) {
      if (received.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(received.slice(0, w.count));
      } else if (isDone) {
        waiters.splice(waiters.indexOf(w), 1);
        w.reject(failure ?? new Error(`stream ended after ${received.length} events, wanted ${w.count}`));
      }
    }
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) {
          failure = value.errors;
          return;
        }
        received.push(value.data as T);
        settle();
      },
      error: (error) => {
        failure = error;
        isDone = true;
        resolveDone({ error });
        settle();
      },
      complete: () => {
        isDone = true;
        resolveDone(failure ? { error: failure } : {});
        settle();
      },
    },
  );
  let consumed = 0;
  return {
    received,
    done,
    stop,
    waitFor: (count) => new Promise((resolve, reject) => (waiters.push({ count, resolve, reject }), settle())),
    async next() {
      const all = await new Promise<T[]>((resolve, reject) => (waiters.push({ count: consumed + 1, resolve, reject }), settle()));
      return all[consumed++]!;
    },
  };
}
