// The HTTP server: /metrics from prom-client, the browser UI from static-pages.ts (/widget.js,
// /console, /demo), everything else (GraphQL, GraphiQL, /health, /ready) from Yoga. WebSockets
// attach to the same server in websocket.ts.
import { createServer, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ServerContext } from '../graphql/create-yoga.ts';
import type { Metrics } from '../metrics.ts';
import type { StaticPages } from './static-pages.ts';

export function createHttpServer(yoga: YogaServerInstance<ServerContext, GraphQLContext>, metrics: Metrics, pages?: Pick<StaticPages, 'handle'>): Server {
  return createServer((req, res) => {
    if (req.url === '/metrics' && req.method === 'GET') {
      void metrics.registry.metrics().then((body) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(body);
      });
      return;
    }
    if (pages?.handle(req, res)) return;
    void yoga(req, res);
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
