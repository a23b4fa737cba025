// The browser UI on the API's port: /widget.js (the visitor widget), /console (agent console) and
// /demo (a page with the widget embedded). Bundled from client/src with esbuild on first request,
// kept in memory for the life of the process, so `npm start` needs no build step.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build } from 'esbuild';
import type { Deps } from '../deps.ts';
import { DEMO_AGENT, DEMO_OWNER } from '../workspaces/create-demo-workspace.ts';

const CLIENT_SRC = new URL('../../client/src/', import.meta.url);

const BUNDLES = {
  '/widget.js': 'widget/widget-entry.ts',
  '/console.js': 'console/console-entry.ts',
} as const;

export interface StaticPages {
  /** Answers the request and returns true when the path is one of the UI's; false leaves it to Yoga. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The minified bundle, e.g. for reporting its size. */
  readBundle(path: keyof typeof BUNDLES): Promise<string>;
}

export function createStaticPages(deps: Pick<Deps, 'db' | 'log' | 'config'>): StaticPages {
  const bundles = new Map<string, Promise<string>>();
  const readBundle = (path: keyof typeof BUNDLES) => {
    let bundle = bundles.get(path);
    if (!bundle) {
      bundle = bundleEntry(BUNDLES[path]);
      bundles.set(path, bundle);
      bundle.catch(() => bundles.delete(path));
    }
    return bundle;
  };

  const routes: Record<string, () => Promise<{ type: string; body: string }>> = {
    '/widget.js': async () => ({ type: 'text/javascript; charset=utf-8', body: await readBundle('/widget.js') }),
    '/console.js': async () => ({ type: 'text/javascript; charset=utf-8', body: await readBundle('/console.js') }),
    '/console': async () => ({ type: 'text/html; charset=utf-8', body: await renderPage('console/console.html', { GRAPHQL_PATH: deps.config.http.graphqlPath }) }),
    '/demo': async () => ({ type: 'text/html; charset=utf-8', body: await renderDemoPage(deps) }),
  };

  return {
    readBundle,
    handle(req, res) {
      const path = (req.url ?? '/').split('?')[0]!.replace(/\/$/, '') || '/';
      const route = req.method === 'GET' || req.method === 'HEAD' ? routes[path] : undefined;
      if (!route) return false;
      route().then(
        ({ type, body }) => {
          res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
          res.end(req.method === 'HEAD' ? undefined : body);
        },
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

async function bundleEntry(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, CLIENT_SRC).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

async function renderPage(file: string, values: Record<string, string>): Promise<string> {
  const template = await readFile(new URL(file, CLIENT_SRC), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeHtml(values[name] ?? ''));
}

async function renderDemoPage(deps: Pick<Deps, 'db' | 'config'>): Promise<string> {
  const graphqlPath = deps.config.http.graphqlPath;
  const owner = await deps.db.agent.findUnique({ where: { email: DEMO_OWNER.email }, select: { workspace: { select: { widgetKey: true, name: true } } } });
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
