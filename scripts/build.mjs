// `npm run build`: compiles the server to plain JavaScript in dist/ (same layout as the repository,
// so paths relative to a module stay valid) and bundles the browser UI ahead of time, so
// `kefu start` needs neither tsx nor esbuild at run time. bin/kefu.mjs runs dist/ while it is
// newer than every source file, and the TypeScript sources through tsx otherwise.
// Runs from postinstall when the dev dependencies are installed; `--omit=dev` installs must build first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');

export const BUILD_STAMP = join(DIST, '.build-stamp');

/** Whether the build tools (dev dependencies) are installed here. */
export function canBuild() {
  try {
    createRequire(import.meta.url).resolve('typescript');
    return true;
  } catch {
    return false;
  }
}

function copyRuntimeFiles() {
  // Files the server reads next to its modules: data, migrations, the Prisma clients, page templates.
  const copies = [
    ['package.json', 'package.json'],
    ['prisma/migrations', 'prisma/migrations'],
    ['src/storage/generated', 'src/storage/generated'],
  ];
  for (const [from, to] of copies) cpSync(join(ROOT, from), join(DIST, to), { recursive: true });
  for (const dir of ['src', 'client/src']) {
    cpSync(join(ROOT, dir), join(DIST, dir), {
      recursive: true,
      filter: (source) => statSync(source).isDirectory() || /\.(json|txt|html|css|svg|graphql)$/.test(source),
    });
  }
}

async function bundleUi() {
  const { bundleUi: bundle } = await import(join(DIST, 'src/transport/ui-bundles.js'));
  const out = join(DIST, 'client/bundles');
  mkdirSync(out, { recursive: true });
  for (const [name, code] of Object.entries(await bundle(new URL('../client/', import.meta.url)))) writeFileSync(join(out, name), code);
}

function removeEmptyDirs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyDirs(join(dir, entry.name));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  if (process.argv.includes('--if-possible') && !canBuild()) {
    console.log('build: skipped (dev dependencies not installed); kefu runs the TypeScript sources through tsx');
    process.exit(0);
  }
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  copyRuntimeFiles();
  removeEmptyDirs(DIST);
  await bundleUi();
  mkdirSync(dirname(BUILD_STAMP), { recursive: true });
  writeFileSync(BUILD_STAMP, new Date().toISOString() + '\n');
  console.log('build: dist/ is ready (server JavaScript and UI bundles)');
}
