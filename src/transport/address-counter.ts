// Open sockets per client address in this process, for limits.wsConnectionsPerAddress. An address
// leaves the map with its last socket, so the map holds only addresses that have one open.

export interface AddressCounter {
  /** Whether `address` may open one more socket (always, when the limit is 0: off). */
  mayOpen(address: string): boolean;
  opened(address: string): void;
  closed(address: string): void;
}

export function createAddressCounter(limit: number): AddressCounter {
  const open = new Map<string, number>();
  return {
    mayOpen: (address) => limit === 0 || (open.get(address) ?? 0) < limit,
    opened(address) {
      open.set(address, (open.get(address) ?? 0) + 1);
    },
    closed(address) {
      const count = (open.get(address) ?? 0) - 1;
      if (count > 0) open.set(address, count);
      else open.delete(address);
    },
  };
}
