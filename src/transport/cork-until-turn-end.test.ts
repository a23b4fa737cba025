import { Writable } from 'node:stream';
import type { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTurnCork } from './cork-until-turn-end.ts';

/** A socket stand-in that records each batch the stream hands to the "kernel". */
function recordingSocket() {
  const batches: string[][] = [];
  const socket = new Writable({
    writev(chunks, done) {
      batches.push(chunks.map(({ chunk }) => String(chunk)));
      done();
    },
  });
  return { socket: socket as unknown as Duplex, batches };
}

describe('createTurnCork', () => {
  it('sends the frames of one turn to a socket in one batch, in order, and each turn separately', async () => {
    const cork = createTurnCork();
    const a = recordingSocket();
    const b = recordingSocket();
    for (const frame of ['1', '2']) {
      cork(a.socket);
      a.socket.write(frame);
    }
    cork(b.socket);
    b.socket.write('x');
    await Promise.resolve();
    cork(a.socket);
    a.socket.write('3');
    expect(a.batches).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(a.batches).toEqual([['1', '2', '3']]);
    expect(b.batches).toEqual([['x']]);
    cork(a.socket);
    a.socket.write('4');
    await new Promise((resolve) => setImmediate(resolve));
    expect(a.batches).toEqual([['1', '2', '3'], ['4']]);
    expect(a.socket.writableCorked).toBe(0);
  });
});
