// A TCP port nothing listens on right now, for servers that cannot listen on port 0 themselves
// (child processes told their port, a private Redis). Shared by src/, client/ and bench/.
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
