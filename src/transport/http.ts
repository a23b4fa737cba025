// The HTTP server: /metrics from prom-client, the browser UI from static-pages.ts (/widget.js,
// /console, /demo), everything else (GraphQL, GraphiQL, /health, /ready) from Yoga. WebSockets
// attach to the same server in websocket.ts. Request bodies are read here within
// http.maxBodyBytes (read-body.ts) and handed to Yoga whole.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ServerContext } from '../graphql/create-yoga.ts';
import type { Metrics } from '../metrics.ts';
import { declaredBodyBytes, readBodyWithin, refuseTooLarge } from './read-body.ts';
import type { StaticPages } from './static-pages.ts';

export interface HttpServerOptions {
  /** Largest request body (config http.maxBodyBytes). */
  maxBodyBytes: number;
}

export function createHttpServer(yoga: YogaServerInstance<ServerContext, GraphQLContext>, metrics: Metrics, pages: Pick<StaticPages, 'handle'> | undefined, { maxBodyBytes }: HttpServerOptions): Server {
  return createServer((req, res) => {
    if (req.url === '/metrics' && req.method === 'GET') {
      void metrics.registry.metrics().then((body) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(body);
      });
      return;
    }
    if (pages?.handle(req, res)) return;
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return void yoga(req, res);
    if (declaredBodyBytes(req) > maxBodyBytes) return refuseTooLarge(res, maxBodyBytes, declaredBodyBytes(req));
    readBodyWithin(req, maxBodyBytes).then(
      (body) => {
        if (!body) return refuseTooLarge(res, maxBodyBytes, 0);
        // Yoga (whatwg-node) takes an already-read body from `req.body` instead of the stream.
        (req as IncomingMessage & { body?: Buffer }).body = body;
        void yoga(req, res);
      },
      () => req.destroy(),
    );
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Stops accepting connections, lets in-flight requests finish, and closes keep-alive connections
 * as they become idle; whatever is still open after `deadlineMs` is cut.
 */
export function closeServer(server: Server, deadlineMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
