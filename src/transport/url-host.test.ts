import { describe, expect, it } from 'vitest';
import { urlHost } from './url-host.ts';

describe('urlHost', () => {
  it('prints localhost for wildcard addresses, brackets IPv6 literals, and keeps names and IPv4 as they are', () => {
    expect(['0.0.0.0', '::', '::1', 'fe80::1', '127.0.0.1', 'kefu.example.com'].map(urlHost)).toEqual(['localhost', 'localhost', '[::1]', '[fe80::1]', '127.0.0.1', 'kefu.example.com']);
  });
});
