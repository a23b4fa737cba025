// Webhook URLs are typed in by workspace admins, so without a guard any of them could make the
// server POST into its own network: cloud metadata at 169.254.169.254, a database on 127.0.0.1,
// the office LAN. Deliveries check the addresses DNS returned at connect time (a name that
// resolves, or later re-resolves, to a private address is refused too); saving a URL refuses
// private literals and localhost at once. Servers whose receivers are on their own network set
// webhooks.allowPrivateNetworks.
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { KefuError } from '../errors.ts';

const PRIVATE_SUBNETS: readonly [network: string, prefix: number, type: 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, cloud metadata
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['224.0.0.0', 3, 'ipv4'], // multicast and reserved, up to 255.255.255.255
  ['::', 127, 'ipv6'], // unspecified and loopback
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['ff00::', 8, 'ipv6'], // multicast
];

const privateAddresses = new BlockList();
for (const [network, prefix, type] of PRIVATE_SUBNETS) privateAddresses.addSubnet(network, prefix, type);

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part counts as two). */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::') as [string, string?];
  const parse = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const [before, after] = [parse(head), parse(tail ?? '')];
  return tail === undefined ? before : [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * The IPv4 address that NAT64 (64:ff9b::/96, 64:ff9b:1::/48) or 6to4 (2002::/16) carries inside an
 * IPv6 one: on an IPv6-only network with DNS64, 64:ff9b::a00:1 reaches 10.0.0.1.
 */
function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  const dotted = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255].join('.');
  if (g[0] === 0x64 && g[1] === 0xff9b && (g[2] === 0 || g[2] === 1)) return dotted(g[6]!, g[7]!);
  if (g[0] === 0x2002) return dotted(g[1]!, g[2]!);
  return null;
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateAddresses.check(address, 'ipv4');
  if (family !== 6) return false;
  // BlockList matches IPv4-mapped IPv6 (::ffff:7f00:1) against the IPv4 subnets itself.
  if (privateAddresses.check(address, 'ipv6')) return true;
  const carried = embeddedIPv4(address);
  return carried !== null && privateAddresses.check(carried, 'ipv4');
}

const ALLOW_HINT = 'Kefu delivers webhooks to public addresses only; to deliver to your own network, set webhooks.allowPrivateNetworks to true in the server config (KEFU_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true).';

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(host: string, address: string) {
    super(`${host === address ? `${host} is` : `${host} resolves to ${address},`} a private or loopback address. ${ALLOW_HINT}`);
  }
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

// "localhost." is the same name, fully qualified.
const isLocalhostName = (host: string) => /(?:^|\.)localhost\.?$/.test(host);

/** The reason a URL may not be saved as a webhook target, or null; literals only, no DNS. */
function privateTargetProblem(url: string): string | null {
  const host = hostOf(new URL(url)).toLowerCase();
  if (isLocalhostName(host) || isPrivateAddress(host)) return `${host} is a private or loopback address. ${ALLOW_HINT}`;
  return null;
}

/** Refuses, as BAD_USER_INPUT on `field`, a webhook URL that points into a private network unless allowed. */
export function refusePrivateTarget(settings: { allowPrivateNetworks: boolean }, url: string | null | undefined, field: string): void {
  if (!url || settings.allowPrivateNetworks) return;
  const problem = privateTargetProblem(url);
  if (problem) throw new KefuError('BAD_USER_INPUT', `Invalid input: ${field}: ${problem}`, { issues: [{ path: field, message: problem }] });
}

/** A DNS lookup for sockets that fails when any address the name resolves to is private. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) return callback(new PrivateAddressError(hostname, blocked.address), '');
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** Throws PrivateAddressError for a URL whose host is a private IP literal (sockets skip the lookup for those). */
export function checkLiteralHost(url: URL): void {
  const host = hostOf(url);
  if (isPrivateAddress(host)) throw new PrivateAddressError(host, host);
}
