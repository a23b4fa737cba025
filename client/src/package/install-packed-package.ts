// Test harness: `npm pack` of client/ (prepack builds it) installed into an empty project beside
// the GraphQL clients people already use, then the consumer programs in ./consumer compiled there
// with tsc: a failed expectTypeOf or an unused @ts-expect-error fails the compile. The project
// (node_modules) is cached in the temp folder per dependency set, so later runs only reinstall
// the tarball.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

export async function installPackedPackage(): Promise<ConsumerProject> {
  const key = createHash('sha256').update(JSON.stringify(CONSUMER_DEPENDENCIES)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `kefu-sdk-consumer-${key}`);
  mkdirSync(dir, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: CLIENT_DIR, maxBuffer: 16 * 1024 * 1024 });
  const [{ filename, files }] = JSON.parse(stdout.slice(stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'kefu-sdk-consumer', private: true, type: 'module', dependencies: CONSUMER_DEPENDENCIES }, null, 2));
  // Naming the tarball makes npm reinstall it even when the version is unchanged.
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', join(dir, filename)], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
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
    files: files.map((file) => file.path),
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
