// The host to print in a URL for the address the server listens on: a wildcard address is not
// one a browser can open, and an IPv6 literal needs brackets.
export function urlHost(listenHost: string): string {
  if (listenHost === '0.0.0.0' || listenHost === '::' || listenHost === '') return 'localhost';
  return listenHost.includes(':') ? `[${listenHost}]` : listenHost;
}
