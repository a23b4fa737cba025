// Separate "machines" on this one: a network namespace per host, each joined to the root namespace
// by a veth pair with its own /24 (host .2, root side .1, default route via .1). Shared services
// listen on host 0's root-side address, which every namespace reaches through its default route.
// Only namespaces, links and addresses created here are touched, and close() removes them all.
import { execFileSync, spawnSync } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface Host {
  netns: string;
  /** This host's own address (inside its namespace). */
  address: string;
}

export interface Hosts {
  hosts: Host[];
  /** A root-namespace address every host reaches: bind shared services here. */
  servicesAddress: string;
  close(): Promise<void>;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

/** Why hosts cannot be created here, or null when they can (root and iproute2 are needed). */
export function netnsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  if (spawnSync('ip', ['netns', 'list']).status !== 0) return 'the `ip` command (iproute2) is missing or cannot list network namespaces';
  return null;
}

/** A 10.x.y.0/24 block for `count` consecutive /24s that no address or route of this machine uses. */
function freeSubnets(count: number): string[] {
  const inUse = ip('-4', '-o', 'addr') + ip('-4', 'route');
  for (let attempt = 0; attempt < 50; attempt++) {
    const second = 200 + Math.floor(Math.random() * 50);
    const third = Math.floor(Math.random() * (250 - count));
    const subnets = Array.from({ length: count }, (_, i) => `10.${second}.${third + i}`);
    if (subnets.every((s) => !inUse.includes(`${s}.`))) return subnets;
  }
  throw new Error('no free 10.x.y.0/24 for test hosts');
}

export async function createHosts(count: number): Promise<Hosts> {
  const tag = `${process.pid}`;
  const hosts: Host[] = [];
  const created: string[] = [];
  const close = async () => {
    for (const netns of created) {
      // Kill whatever the test left running in its own namespace, then remove it (and its veth pair).
      const pids = spawnSync('ip', ['netns', 'pids', netns], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
      if (pids.length > 0) spawnSync('kill', ['-9', ...pids]);
      spawnSync('ip', ['netns', 'del', netns]);
    }
    created.length = 0;
  };
  try {
    const subnets = freeSubnets(count);
    subnets.forEach((subnet, i) => {
      const netns = `kefu-${tag}-${i}`;
      const outside = `kf${tag}r${i}`;
      const inside = `kf${tag}n${i}`;
      ip('netns', 'add', netns);
      created.push(netns);
      ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
      ip('link', 'set', inside, 'netns', netns);
      ip('addr', 'add', `${subnet}.1/24`, 'dev', outside);
      ip('link', 'set', outside, 'up');
      ip('-n', netns, 'addr', 'add', `${subnet}.2/24`, 'dev', inside);
      ip('-n', netns, 'link', 'set', inside, 'up');
      ip('-n', netns, 'link', 'set', 'lo', 'up');
      ip('-n', netns, 'route', 'add', 'default', 'via', `${subnet}.1`);
      hosts.push({ netns, address: `${subnet}.2` });
    });
    return { hosts, servicesAddress: `${subnets[0]}.1`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A TCP forwarder listening on `listenHost` to a service that listens on loopback only (e.g. PostgreSQL). */
export async function forwardTcp(listenHost: string, target: { host: string; port: number }): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, listenHost, resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
