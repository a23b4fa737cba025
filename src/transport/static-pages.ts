// The browser UI on the API's port: /widget.js (the visitor widget), /console (agent console) and
// /demo (a page with the widget embedded); / leads to /console. Bundles come from ui-bundles.ts
// (prebuilt by `npm run build`, else bundled on first request) and are kept in memory, gzipped
// once, and served with an ETag; /console loads /console.js?v=<hash>, which may be cached for good.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Deps } from '../deps.ts';
import { DEMO_AGENT, findDemoOwner } from '../workspaces/create-demo-workspace.ts';
import { readUiBundle, type UiBundleName } from './ui-bundles.ts';

const CLIENT_SRC = new URL('../../client/src/', import.meta.url);
const COMPRESSIBLE_BYTES = 1024;
/**
 * The pages (console, demo) run only Kefu's own bundle: were visitor text ever to reach the DOM as
 * markup, an inline handler or a script from elsewhere would not run. Styles may be inline (the
 * pages' <style>, the widget's shadow styles); images may come from any http(s) address (card
 * images, agent-bot avatars); requests go to this origin only.
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  // ws: and wss: besides 'self': Safari before 16 does not count this origin's WebSocket as 'self'.
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer | null;
  etag: string;
  /** Short hash of the body, for cache-busting URLs. */
  version: string;
}

function createAsset(type: string, text: string): Asset {
  const body = Buffer.from(text);
  const hash = createHash('sha256').update(body).digest('base64url');
  return { type, body, gzipped: body.length >= COMPRESSIBLE_BYTES ? gzipSync(body) : null, etag: `"${hash.slice(0, 27)}"`, version: hash.slice(0, 12) };
}

export interface StaticPages {
  /** Answers the request and returns true when the path is one of the UI's; false leaves it to Yoga. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createStaticPages(deps: Pick<Deps, 'db' | 'log' | 'config'>): StaticPages {
  const bundles = new Map<UiBundleName, Promise<Asset>>();
  const bundleAsset = (name: UiBundleName) => {
    let asset = bundles.get(name);
    if (!asset) {
      asset = readUiBundle(name).then((code) => createAsset('text/javascript; charset=utf-8', code));
      bundles.set(name, asset);
      asset.catch(() => bundles.delete(name));
    }
    return asset;
  };
  const html = (text: string) => createAsset('text/html; charset=utf-8', text);

  const routes: Record<string, () => Promise<Asset>> = {
    '/widget.js': () => bundleAsset('widget.js'),
    '/console.js': () => bundleAsset('console.js'),
    '/console': async () =>
      html(await renderPage('console/console.html', { GRAPHQL_PATH: deps.config.http.graphqlPath, CONSOLE_JS_VERSION: (await bundleAsset('console.js')).version })),
    '/demo': async () => html(await renderDemoPage(deps)),
  };

  return {
    handle(req, res) {
      const [rawPath, query = ''] = (req.url ?? '/').split('?');
      const path = rawPath!.replace(/\/$/, '') || '/';
      const isRead = req.method === 'GET' || req.method === 'HEAD';
      // The server's bare address, where a newcomer looks first, leads to the console (relative, so
      // it holds behind a proxy that mounts Kefu under a path).
      if (isRead && rawPath === '/' && deps.config.http.graphqlPath !== '/') {
        res.writeHead(302, { location: './console' });
        res.end();
        return true;
      }
      const route = isRead ? routes[path] : undefined;
      if (!route) return false;
      route().then(
        (asset) => sendAsset(req, res, asset, new URLSearchParams(query).get('v') === asset.version),
        (error: unknown) => {
          deps.log.error({ err: error, path }, 'ui page failed');
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('The page could not be built; see the server log.');
        },
      );
      return true;
    },
  };
}

function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset, isVersioned: boolean): void {
  const headers: Record<string, string> = {
    'content-type': asset.type,
    // A versioned URL never changes; anything else is revalidated with its ETag on every load.
    'cache-control': isVersioned ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag: asset.etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
    ...(asset.type.startsWith('text/html') ? { 'content-security-policy': PAGE_CSP } : {}),
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const isGzipped = asset.gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = isGzipped ? asset.gzipped! : asset.body;
  res.writeHead(200, { ...headers, ...(isGzipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function renderPage(file: string, values: Record<string, string>): Promise<string> {
  const template = await readFile(new URL(file, CLIENT_SRC), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeHtml(values[name] ?? ''));
}

async function renderDemoPage(deps: Pick<Deps, 'db' | 'config'>): Promise<string> {
  const graphqlPath = deps.config.http.graphqlPath;
  const owner = await findDemoOwner(deps);
  return renderPage(owner ? 'widget/demo.html' : 'widget/demo-missing.html', {
    WIDGET_KEY: owner?.workspace.widgetKey ?? '',
    GRAPHQL_PATH: graphqlPath,
    WORKSPACE_NAME: owner?.workspace.name ?? '',
    AGENT_EMAIL: DEMO_AGENT.email,
    AGENT_PASSWORD: DEMO_AGENT.password,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
