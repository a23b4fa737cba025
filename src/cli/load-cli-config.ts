import { ConfigError, loadConfig, type Config } from '../config.ts';

export interface ConfigFlags {
  config?: string;
  port?: string;
  workers?: string;
}

function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ConfigError(`--${name} must be a whole number (got ${JSON.stringify(value)})`);
  return Number(value);
}

/** Config from --config, the environment and flags; prints every problem and exits 2 when invalid. */
export function loadCliConfig(flags: ConfigFlags): Config {
  try {
    const port = integerFlag('port', flags.port);
    const workers = integerFlag('workers', flags.workers);
    return loadConfig({
      file: flags.config,
      env: process.env,
      overrides: { ...(port !== undefined ? { http: { port } } : {}), ...(workers !== undefined ? { workers } : {}) },
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const [first, ...rest] = error.problems;
    process.stderr.write(rest.length === 0 ? `kefu: invalid configuration: ${first}\n` : `kefu: invalid configuration (${error.problems.length} problems):\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(2);
  }
}

/** The files the config names that the server reads as it starts (the trusted-documents manifest); exits 2 naming the setting when one cannot be used. */
export async function checkConfigFiles(config: Config): Promise<void> {
  if (!config.graphql.trustedDocuments) return;
  // Imported only when set: a cluster primary does not otherwise load graphql-js.
  const { readManifest } = await import('../graphql/trusted-documents.ts');
  try {
    readManifest(config.graphql.trustedDocuments);
  } catch (error) {
    process.stderr.write(`kefu: invalid configuration: graphql.trustedDocuments: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
