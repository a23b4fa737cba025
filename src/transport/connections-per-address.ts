// limits.connectionsPerAddress: one peer address cannot hold every socket a process can open
// (about 19,900 file descriptors here) with slow or idle connections. Node waits up to 60 s for a
// request's headers, so without this one address opening a few hundred connections a second
// would lock everyone else out. Runs before Node's HTTP parser sees the socket: a refused
// connection gets a short 429 and is closed, and none of its bytes are read.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { createAddressCounter } from './address-counter.ts';

const REFUSAL_BODY = 'Too many open connections from your address; close some and retry.\n';
const REFUSAL = `HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nRetry-After: 30\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(REFUSAL_BODY)}\r\n\r\n${REFUSAL_BODY}`;

/** `limit` 0 leaves connections unlimited. The socket's own address counts, never X-Forwarded-For: no header has been read yet. */
export function limitConnectionsPerAddress(server: Server, limit: number, onRefused: () => void): void {
  if (limit === 0) return;
  const open = createAddressCounter(limit);
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (!open.mayOpen(address)) {
      onRefused();
      socket.end(REFUSAL);
      socket.destroy();
      return;
    }
    open.opened(address);
    socket.once('close', () => open.closed(address));
  });
}
