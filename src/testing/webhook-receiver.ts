// A real HTTP receiver for webhook tests: records every POST (headers and raw body) and answers
// with the status the test sets; it can listen on a port chosen before it starts (a receiver down).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, any>;
}

export interface TestWebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Status for the next requests (default 200). */
  status: number;
  listen(): Promise<void>;
  close(): Promise<void>;
}

export function createTestWebhookReceiver(port: number): TestWebhookReceiver {
  let server: Server | null = null;
  const receiver: TestWebhookReceiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    received: [],
    status: 200,
    listen: () =>
      new Promise((resolve, reject) => {
        server = createServer((req, res) => {
          const chunks: Buffer[] = [];
          req.on('data', (chunk: Buffer) => chunks.push(chunk));
          req.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            if (receiver.status < 300) receiver.received.push({ headers: req.headers, body, json: JSON.parse(body) });
            res.writeHead(receiver.status).end();
          });
        });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      }),
    close: () => new Promise((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
  return receiver;
}
