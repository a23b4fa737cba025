// limits.connectionsPerAddress: idle or slow TCP connections from one peer address (Node waits
// 60 s for a request's headers) cannot take every file descriptor of a process. Past the limit a
// connection gets 429 before any of it is read; a closed connection frees its place; other
// addresses go on. Behind a proxy (http.trustProxy > 0) the proxy's address is everyone's, so
// the limit is off.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const LIMIT = 3;

/** A connection from `localAddress` that sends nothing (a slowloris client). */
function idleConnection(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** GET /health on a new connection from `localAddress`: the status line, or how the connection ended without one. */
function healthStatus(port: number, localAddress: string): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => socket.write('GET /health HTTP/1.1\r\nHost: kefu\r\nConnection: close\r\n\r\n'));
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
  });
}

const portOf = (t: TestApp) => Number(new URL(t.url).port);

describe('limits.connectionsPerAddress', () => {
  let t: TestApp | null = null;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await t?.close();
    t = null;
  });

  it(`holds ${LIMIT} idle connections from one address, answers the next with 429, lets other addresses in, and frees a place when one closes`, async () => {
    t = await startTestApp({ config: { limits: { connectionsPerAddress: LIMIT, wsConnectionsPerAddress: LIMIT } } });
    const port = portOf(t);
    for (let i = 0; i < LIMIT; i++) sockets.push(await idleConnection(port, '127.0.0.5'));
    expect(await healthStatus(port, '127.0.0.5')).toBe('HTTP/1.1 429 Too Many Requests');
    expect(await healthStatus(port, '127.0.0.6')).toBe('HTTP/1.1 200 OK');
    expect((await t.app.deps.metrics.connectionsRefused.get()).values[0]?.value).toBe(1);

    sockets.pop()!.destroy();
    await expect.poll(() => healthStatus(port, '127.0.0.5')).toBe('HTTP/1.1 200 OK');
    // That request's connection closed again: one idle connection fits in the freed place, then no more.
    sockets.push(await idleConnection(port, '127.0.0.5'));
    expect(await healthStatus(port, '127.0.0.5')).toBe('HTTP/1.1 429 Too Many Requests');
  });

  it('is off behind a proxy (http.trustProxy > 0), where every connection comes from the proxy', async () => {
    t = await startTestApp({ config: { http: { trustProxy: 1 }, limits: { connectionsPerAddress: LIMIT, wsConnectionsPerAddress: LIMIT } } });
    const port = portOf(t);
    for (let i = 0; i < LIMIT + 2; i++) sockets.push(await idleConnection(port, '127.0.0.5'));
    expect(await healthStatus(port, '127.0.0.5')).toBe('HTTP/1.1 200 OK');
  });

  it('refuses a setting below limits.wsConnectionsPerAddress', async () => {
    await expect(startTestApp({ config: { limits: { connectionsPerAddress: 10, wsConnectionsPerAddress: 20 } } })).rejects.toThrow(/connectionsPerAddress.*at least limits\.wsConnectionsPerAddress/);
  });
});
