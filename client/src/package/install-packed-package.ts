// Test harness: `npm pack` of client/ (prepack builds it) installed into an empty project beside
// the GraphQL clients people already use, then the consumer programs in ./consumer compiled there
// with tsc: a failed expectTypeOf or an unused @ts-expect-error fails the compile. The project
// (node_modules) is cached in the temp folder per dependency set, so later runs only reinstall
// the tarball.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLIENT_DIR = new URL('../../', import.meta.url).pathname;
const CONSUMER_DIR = new URL('./consumer/', import.meta.url).pathname;

/** What a consumer project installs from the registry besides the packed @kefu/client. */
export const CONSUMER_DEPENDENCIES = {
  '@apollo/client': '^4.0.0',
  '@types/node': '^20.0.0',
  '@types/ws': '^8.0.0',
  '@urql/core': '^6.0.0',
  '@urql/exchange-persisted': '^5.0.0',
  'expect-type': '^1.0.0',
  graphql: '^16.8.0',
  'graphql-request': '^7.0.0',
  'graphql-ws': '^6.0.0',
  rxjs: '^7.8.0',
  ws: '^8.0.0',
};

export interface ConsumerProject {
  dir: string;
  /** Runs a compiled consumer program (`urql`, `apollo`, …) and resolves with its stdout. */
  runProgram(name: string, env: Record<string, string>): Promise<string>;
  /** Where Node resolves `specifier` from the project (through the package's exports), or the error code. */
  resolve(specifier: string): Promise<string>;
  /** Paths in the tarball, e.g. `package/dist/index.js`. */
  files: string[];
}

/** A folder in the system temp dir that lasts across runs for one set of dependencies. */
function cachedProjectDir(name: string, dependencies: unknown): string {
  const key = createHash('sha256').update(JSON.stringify(dependencies)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `${name}-${key}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * `npm pack` of client/ into `dir`. The build goes to a copy of the package folder rather than
 * client/dist (what prepack would do), so test files packing at the same time don't race.
 */
async function packClient(dir: string): Promise<{ tarball: string; files: string[] }> {
  const staging = mkdtempSync(join(tmpdir(), 'kefu-client-pack-'));
  for (const file of ['package.json', 'README.md']) copyFileSync(join(CLIENT_DIR, file), join(staging, file));
  await run(process.execPath, [join(CLIENT_DIR, 'scripts/build.mjs'), staging], { cwd: CLIENT_DIR });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: staging, maxBuffer: 16 * 1024 * 1024 });
  rmSync(staging, { recursive: true, force: true });
  const [{ filename, files }] = JSON.parse(stdout.slice(stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(dir, filename), files: files.map((file) => file.path) };
}

/** Installs the project's dependencies, and the tarball by name, which makes npm reinstall it even when the version is unchanged. */
async function installWithTarball(dir: string, tarball: string): Promise<void> {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', tarball], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * examples/react-inbox built against the packed package (its `npm run build`: tsc, then vite
 * build) in a cached temp copy; resolves with the folder of the built app.
 */
export async function buildReactInboxExample(): Promise<string> {
  const example = new URL('../../../examples/react-inbox/', import.meta.url).pathname;
  const manifest = JSON.parse(readFileSync(join(example, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const dir = cachedProjectDir('kefu-react-inbox', manifest);
  const { tarball } = await packClient(dir);
  for (const entry of ['index.html', 'vite.config.ts', 'tsconfig.json', 'src']) cpSync(join(example, entry), join(dir, entry), { recursive: true });
  const { '@kefu/client': _local, ...dependencies } = manifest.dependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, dependencies }, null, 2));
  await installWithTarball(dir, tarball);
  try {
    await run('npm', ['run', 'build'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`examples/react-inbox does not build against the packed @kefu/client:\n${stdout}${stderr}`);
  }
  return join(dir, 'dist');
}

export async function installPackedPackage(): Promise<ConsumerProject> {
  const dir = cachedProjectDir('kefu-sdk-consumer', CONSUMER_DEPENDENCIES);
  const { tarball, files } = await packClient(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'kefu-sdk-consumer', private: true, type: 'module', dependencies: CONSUMER_DEPENDENCIES }, null, 2));
  await installWithTarball(dir, tarball);
  for (const file of readdirSync(CONSUMER_DIR)) copyFileSync(join(CONSUMER_DIR, file), join(dir, file));
  await typeCheck(dir);
  return {
    dir,
    async runProgram(name, env) {
      const result = await run(process.execPath, [join(dir, 'dist', `${name}.js`)], { cwd: dir, env: { ...process.env, ...env }, timeout: 60_000 });
      return result.stdout;
    },
    async resolve(specifier) {
      const script = `try { console.log(import.meta.resolve(${JSON.stringify(specifier)})) } catch (error) { console.log(error.code) }`;
      return (await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir })).stdout.trim();
    },
    files,
  };
}

/** tsc from this repo over the consumer project; rejects with the compiler's output on any error. */
async function typeCheck(dir: string): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', dir], { cwd: dir });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The packed @kefu/client does not type-check in a consumer project:\n${stdout}${stderr}`);
  }
}
