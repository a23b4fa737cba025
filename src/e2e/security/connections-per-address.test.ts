// limits.wsConnectionsPerAddress: one client address cannot hold every socket a process can open
// (about 19,900 file descriptors here) and lock everyone else out. Past the limit an upgrade is
// refused with 429 before the handshake; a closed socket frees its place; other addresses go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openAckedSocket, type RawSocket } from '../../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const LIMIT = 3;

/** The upgrade's answer: 101 for a socket (closed again at once), or the refusal's status and Retry-After. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
    ws.on('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] });
      response.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      resolve({ status: 101 });
      ws.close();
    });
    ws.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

describe('limits.wsConnectionsPerAddress', () => {
  let t: TestApp;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp({ config: { http: { trustProxy: 1 }, limits: { wsConnectionsPerAddress: LIMIT } } });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });
  const fromAddress = (address: string) => ({ 'x-forwarded-for': address });

  it(`accepts ${LIMIT} sockets from one address, refuses the next with 429 and Retry-After, and lets other addresses in`, async () => {
    for (let i = 0; i < LIMIT; i++) sockets.push(await openAckedSocket(t.wsUrl, undefined, { headers: fromAddress('203.0.113.7') }));
    expect(await upgradeStatus(t.wsUrl, fromAddress('203.0.113.7'))).toEqual({ status: 429, retryAfter: '30' });
    expect((await upgradeStatus(t.wsUrl, fromAddress('203.0.113.8'))).status).toBe(101);
    // The sockets already open are untouched.
    for (const socket of sockets) await socket.roundTrip();
    expect((await t.app.deps.metrics.wsRefused.get()).values).toEqual([expect.objectContaining({ labels: { reason: 'address' }, value: 1 })]);
  });

  it('frees a place when a socket of that address closes', async () => {
    const leaving = sockets.pop()!;
    leaving.close();
    await leaving.closed;
    await expect.poll(async () => (await upgradeStatus(t.wsUrl, fromAddress('203.0.113.7'))).status).toBe(101);
    // The probe socket closed again, so the address is back to LIMIT − 1 open: one more fits, then no more.
    await expect.poll(async () => {
      const socket = await openAckedSocket(t.wsUrl, undefined, { headers: fromAddress('203.0.113.7') }).catch(() => null);
      if (socket) sockets.push(socket);
      return Boolean(socket);
    }).toBe(true);
    expect((await upgradeStatus(t.wsUrl, fromAddress('203.0.113.7'))).status).toBe(429);
  });
});
