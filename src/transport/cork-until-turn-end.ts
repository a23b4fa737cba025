// Frames written to one socket in one event-loop turn leave in one writev. A sent message yields
// several frames to its sender in the same turn (its own subscription's `next`, the mutation's
// `next` and `complete`), and each `ws.send` is otherwise a syscall of its own; the syscall, not
// the bytes, is what costs (issue 19). The socket is corked at its first frame of the turn and
// uncorked once the turn's promise jobs have run (process.nextTick), so no frame waits for I/O.
import type { Duplex } from 'node:stream';

/** Returns `cork(socket)`: holds the socket's writes until the end of this turn (idempotent within a turn). */
export function createTurnCork(): (socket: Duplex) => void {
  const corked: Duplex[] = [];
  const uncorkAll = () => {
    for (const socket of corked) socket.uncork();
    corked.length = 0;
  };
  return (socket) => {
    // ws corks around each frame and uncorks it again, so a corked socket here is one this turn already corked.
    if (socket.writableCorked > 0) return;
    socket.cork();
    if (corked.push(socket) === 1) process.nextTick(uncorkAll);
  };
}
