// A raw graphql-transport-ws speaker for protocol tests: every frame and close code is visible,
// and waits are event-driven (each wait has a deadline so a broken server fails instead of hanging).
import WebSocket from 'ws';

export interface RawMessage {
  type: string;
  id?: string;
  payload?: any;
}

export interface RawSocket {
  ws: WebSocket;
  /** Response headers of the upgrade (e.g. x-kefu-worker). */
  headers: Record<string, string | string[] | undefined>;
  send(message: RawMessage | Record<string, unknown>): void;
  /** The next unread message matching `filter` (by type, or a predicate). */
  next(filter: string | ((m: RawMessage) => boolean), timeoutMs?: number): Promise<RawMessage>;
  /** Resolves with the close code. */
  closed: Promise<number>;
  isOpen(): boolean;
  /** Proves the socket still works: ping and wait for the matching pong. */
  roundTrip(): Promise<void>;
  close(): void;
}

export interface RawSocketOptions {
  protocol?: string;
  headers?: Record<string, string>;
}

let pingCounter = 0;

export function openRawSocket(url: string, { protocol = 'graphql-transport-ws', headers }: RawSocketOptions = {}): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocol, { headers });
    const inbox: RawMessage[] = [];
    const waiters = new Set<() => void>();
    let upgradeHeaders: RawSocket['headers'] = {};
    let closeCode: number | null = null;
    const closed = new Promise<number>((r) =>
      ws.on('close', (code) => {
        closeCode = code;
        r(code);
        for (const w of waiters) w();
      }),
    );
    ws.on('upgrade', (response) => (upgradeHeaders = response.headers));
    ws.on('message', (data) => {
      inbox.push(JSON.parse(String(data)) as RawMessage);
      for (const w of waiters) w();
    });
    const socket: RawSocket = {
      ws,
      get headers() {
        return upgradeHeaders;
      },
      send: (message) => ws.send(JSON.stringify(message)),
      closed,
      isOpen: () => ws.readyState === WebSocket.OPEN,
      next(filter, timeoutMs = 10_000) {
        const matches = typeof filter === 'string' ? (m: RawMessage) => m.type === filter : filter;
        return new Promise((resolveNext, rejectNext) => {
          const check = () => {
            const index = inbox.findIndex(matches);
            if (index >= 0) {
              cleanup();
              resolveNext(inbox.splice(index, 1)[0]!);
            } else if (closeCode !== null) {
              cleanup();
              rejectNext(new Error(`socket closed with ${closeCode} before ${String(filter)}; unread: ${JSON.stringify(inbox)}`));
            }
          };
          const timer = setTimeout(() => (cleanup(), rejectNext(new Error(`no ${String(filter)} within ${timeoutMs} ms; unread: ${JSON.stringify(inbox)}`))), timeoutMs);
          const cleanup = () => (clearTimeout(timer), waiters.delete(check));
          waiters.add(check);
          check();
        });
      },
      async roundTrip() {
        const marker = `rt-${++pingCounter}`;
        socket.send({ type: 'ping', payload: { marker } });
        await socket.next((m) => m.type === 'pong' && m.payload?.marker === marker);
      },
      close: () => ws.close(1000),
    };
    ws.once('open', () => resolve(socket));
    ws.once('error', reject);
  });
}

/** A socket that has sent connection_init and received connection_ack. */
export async function openAckedSocket(url: string, token?: string, options?: RawSocketOptions): Promise<RawSocket> {
  const socket = await openRawSocket(url, options);
  socket.send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
  await socket.next('connection_ack');
  return socket;
}
