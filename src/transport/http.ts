// The HTTP server: /metrics for the whole server (cluster-metrics.ts), the browser UI from
// static-pages.ts (/widget.js, /console, /demo), everything else (GraphQL, GraphiQL, /health,
// /ready) from Yoga. Every request gets a request id (echoed as X-Request-Id, bound to its log
// lines) and, unless turned off, one access-log line. Request bodies are read here within
// http.maxBodyBytes (read-body.ts) and handed to Yoga whole. WebSockets attach in websocket.ts.
import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ServerContext } from '../graphql/create-yoga.ts';
import type { Logger } from '../log.ts';
import type { MetricsReader } from './cluster-metrics.ts';
import { declaredBodyBytes, readBodyWithin, refuseTooLarge, type TooLarge } from './read-body.ts';
import { normalizeAccept } from './normalize-accept.ts';
import { normalizeContentType } from './normalize-content-type.ts';
import { acceptRequestId } from './request-id.ts';
import type { StaticPages } from './static-pages.ts';

export interface HttpServerOptions {
  metrics: MetricsReader;
  pages?: Pick<StaticPages, 'handle'>;
  /** Writes the access log; none when absent. */
  accessLog?: Logger;
  /** Bearer token /metrics requires; empty leaves it open. */
  metricsToken?: string;
  /** Largest request body (config http.maxBodyBytes). */
  maxBodyBytes: number;
  /** Largest uploaded file (attachments.maxBytes); a multipart body may be this plus UPLOAD_OPERATION_BYTES. */
  maxUploadFileBytes?: number;
  /** Serves signed attachment downloads (/attachments/…). */
  downloads?: { handle(req: IncomingMessage, res: ServerResponse): boolean };
  /** Allowed browser origins (config http.corsOrigins); empty allows any, as in Yoga's CORS. */
  corsOrigins?: readonly string[];
}

/** Room in a multipart body for the operation and the part headers, beside the file itself. */
const UPLOAD_OPERATION_BYTES = 64 * 1024;
/** Bodies up to this size reach Yoga as a Buffer, larger ones as a stream (see below). */
const BUFFERED_BODY_BYTES = 16 * 1024;

/**
 * The CORS headers Yoga gives its answers, for the one this server gives itself (a 413 before Yoga
 * sees the body). Without them a widget on the shop's origin could not read the refusal: the
 * browser reported a network error, and the widget said the server could not be reached instead
 * of naming the file limit.
 */
function corsHeadersFor(req: IncomingMessage, corsOrigins: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin) return {};
  if (corsOrigins.length === 0) return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
  return corsOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}

function isBearer(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function createHttpServer(yoga: YogaServerInstance<ServerContext, GraphQLContext>, { metrics, pages, accessLog, metricsToken, maxBodyBytes: jsonBodyBytes, maxUploadFileBytes, downloads, corsOrigins = [] }: HttpServerOptions): Server {
  // Which process answered, as on WebSocket upgrades: shows operators (and tests) where a request landed.
  const workerId = String(cluster.worker?.id ?? 0);
  return createServer((req, res) => {
    const requestId = acceptRequestId(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('X-Kefu-Worker', workerId);
    // No page of Kefu's (console, GraphiQL, demo) may be framed by another site (clickjacking).
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    if (accessLog) {
      const startedAt = performance.now();
      res.once('finish', () =>
        accessLog.info({ reqId: requestId, method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - startedAt) }, 'request'),
      );
    }
    if (req.url === '/metrics' && req.method === 'GET') {
      if (metricsToken && !isBearer(req.headers.authorization, metricsToken)) {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' });
        res.end('metrics need Authorization: Bearer <http.metricsToken>\n');
        return;
      }
      metrics.read().then(
        (body) => {
          res.writeHead(200, { 'content-type': metrics.contentType });
          res.end(body);
        },
        (error: Error) => {
          res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`metrics unavailable: ${error.message}\n`);
        },
      );
      return;
    }
    if (req.headers.accept) req.headers.accept = normalizeAccept(req.headers.accept);
    if (req.headers['content-type']) req.headers['content-type'] = normalizeContentType(req.headers['content-type']);
    if (pages?.handle(req, res)) return;
    if (downloads?.handle(req, res)) return;
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return void yoga(req, res);
    const isUpload = maxUploadFileBytes !== undefined && /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
    const limit: TooLarge = isUpload
      ? { kind: 'file', maxBodyBytes: Math.max(jsonBodyBytes, maxUploadFileBytes + UPLOAD_OPERATION_BYTES), maxFileBytes: maxUploadFileBytes }
      : { kind: 'request', maxBodyBytes: jsonBodyBytes };
    if (declaredBodyBytes(req) > limit.maxBodyBytes) return refuseTooLarge(res, limit, declaredBodyBytes(req), corsHeadersFor(req, corsOrigins));
    readBodyWithin(req, limit.maxBodyBytes).then(
      (body) => {
        if (!body) return refuseTooLarge(res, limit, 0, corsHeadersFor(req, corsOrigins));
        // Yoga (whatwg-node) takes an already-read body from `req.body` instead of the stream. It
        // first calls Object.keys on it, which for a Buffer lists every byte: a large body (an
        // upload) goes as a one-chunk stream instead.
        (req as IncomingMessage & { body?: Buffer | Readable }).body = body.length > BUFFERED_BODY_BYTES ? Readable.from([body]) : body;
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
