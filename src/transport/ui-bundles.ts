// The browser bundles of the UI (widget and console), built from client/src with esbuild: ahead
// of time by `npm run build` (scripts/build.mjs writes them to client/bundles/ in dist), or on
// first request when the server runs from the TypeScript sources.
import { readFile } from 'node:fs/promises';

const CLIENT_DIR = new URL('../../client/', import.meta.url);

export const UI_BUNDLES = {
  'widget.js': 'src/widget/widget-entry.ts',
  'console.js': 'src/console/console-entry.ts',
} as const;

export type UiBundleName = keyof typeof UI_BUNDLES;

async function bundleEntry(entry: string, clientDir: URL): Promise<string> {
  // esbuild is a build tool: loaded only when no prebuilt bundle exists.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL(entry, clientDir).pathname],
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

/** Every bundle, for the build script, from the client sources in `clientDir` (the repository's client/). */
export async function bundleUi(clientDir: URL): Promise<Record<UiBundleName, string>> {
  const names = Object.keys(UI_BUNDLES) as UiBundleName[];
  const bodies = await Promise.all(names.map((name) => bundleEntry(UI_BUNDLES[name], clientDir)));
  return Object.fromEntries(names.map((name, i) => [name, bodies[i]!])) as Record<UiBundleName, string>;
}

/** The prebuilt bundle when the build made one, else one bundled now. */
export async function readUiBundle(name: UiBundleName): Promise<string> {
  try {
    return await readFile(new URL(`bundles/${name}`, CLIENT_DIR), 'utf8');
  } catch {
    return bundleEntry(UI_BUNDLES[name], CLIENT_DIR);
  }
}
