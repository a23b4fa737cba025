// One POST to a receiver, on node:http(s) rather than fetch so the connection can use a DNS lookup
// that refuses private addresses (private-network-guard.ts). Redirects are not followed.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkLiteralHost, publicOnlyLookup } from './private-network-guard.ts';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}

/** Resolves with the receiver's HTTP status; rejects on a refused address, a connection error or the timeout. */
export async function sendWebhookRequest(request: WebhookRequest): Promise<number> {
  const url = new URL(request.url);
  if (!request.allowPrivateNetworks) checkLiteralHost(url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = Buffer.from(request.body);
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: 'POST',
      headers: { ...request.headers, 'content-length': String(body.byteLength) },
      signal: AbortSignal.timeout(request.timeoutMs),
      ...(request.allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }),
    });
    outgoing.on('response', (response) => {
      response.resume(); // the body is not read: only the status counts
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
