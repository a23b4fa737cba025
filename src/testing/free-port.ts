// A TCP port nothing listens on right now, for servers that cannot listen on port 0 themselves
// (child processes told their port, a private Redis). Shared by src/, client/ and bench/.
// Drawn below the kernel's ephemeral range (ip_local_port_range, 32768–60999 by default): between
// the probe and the child's own bind, an outgoing connection of another test could otherwise take
// the port (a cluster worker then dies with EADDRINUSE).
import { createServer } from 'node:net';

const LOWEST = 20_000;
const HIGHEST = 32_000;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

// Ports this process handed out: a caller may bind its port only later (a child process), so a
// second call before that bind must not return the same one.
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST));
    if (handedOut.has(port) || !(await isFree(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`No free TCP port between ${LOWEST} and ${HIGHEST} after 100 tries.`);
}
