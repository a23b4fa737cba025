// The client's address, for per-address limits (sign-in, anonymous creations). Behind reverse
// proxies (`http.trustProxy` = how many), the entry that many hops from the right of
// X-Forwarded-For: entries further left were written by the client and prove nothing.
import type { IncomingMessage } from 'node:http';

export function clientAddressOf(request: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (trustProxy === 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops.at(-trustProxy) ?? hops[0] ?? socketAddress;
}
