// Builds the package into dist/: tsc (tsconfig.build.json) for the JavaScript and .d.ts, then the
// files published beside them for tools: the trusted-documents manifest, the SDL and its
// introspection JSON (for IDEs and codegen in apps using Kefu). Run by `npm run build` and prepack.
// `node scripts/build.mjs DIR` writes DIR/dist instead of client/dist (tests pack from their own copy).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { buildSchema, introspectionFromSchema } from 'graphql';

const client = new URL('../', import.meta.url);
const dist = new URL('dist/', process.argv[2] ? pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`) : client);
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', new URL('tsconfig.build.json', client).pathname, '--outDir', dist.pathname], { stdio: 'inherit' });
// tsc rewrites `./x.ts` to `./x.js` in the JavaScript but keeps it in declarations, which only
// resolve for consumers with allowImportingTsExtensions; give them the .js specifiers too.
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.d.ts'))) {
  const path = new URL(file, dist);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/(from '\.{1,2}\/[^']+)\.ts'/g, "$1.js'"));
}
copyFileSync(new URL('src/generated/persisted-documents.json', client), new URL('persisted-documents.json', dist));
const sdl = readFileSync(new URL('../schema/schema.graphql', client), 'utf8');
writeFileSync(new URL('schema.graphql', dist), sdl);
writeFileSync(new URL('introspection.json', dist), `${JSON.stringify(introspectionFromSchema(buildSchema(sdl)), null, 2)}\n`);
process.stdout.write(`built ${dist.pathname}\n`);
