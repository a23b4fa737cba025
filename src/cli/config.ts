import type { Command } from 'commander';
import { stringify } from 'yaml';
import { configSchema, envNameOf, listConfigKeys, loadConfig } from '../config.ts';
import { checkConfigFiles, loadCliConfig } from './load-cli-config.ts';

function describeKey(key: string): string {
  let schema: unknown = configSchema;
  for (const part of key.split('.')) {
    let s = schema as { _def: { innerType?: unknown; schema?: unknown; shape?: () => Record<string, unknown> }; shape?: Record<string, unknown> };
    // Through defaults, optionals and refinements (ZodEffects keeps its inner schema in `schema`).
    while (s._def.innerType ?? s._def.schema) s = (s._def.innerType ?? s._def.schema) as typeof s;
    schema = (s.shape ?? s._def.shape?.())?.[part];
  }
  return (schema as { description?: string }).description ?? '';
}

export function registerConfig(program: Command): void {
  const config = program.command('config').description('Inspect configuration.');
  config
    .command('check')
    .description('Validate the config file and KEFU_* environment; exit 2 with the reason when invalid.')
    .option('-c, --config <file>', 'YAML config file')
    .action(async (flags) => {
      await checkConfigFiles(loadCliConfig(flags));
      process.stdout.write('configuration is valid\n');
    });
  config
    .command('defaults')
    .description('Print every setting with its default, env variable and meaning, as YAML.')
    .action(() => {
      const lines = listConfigKeys().map((key) => `# ${key} (${envNameOf(key)}): ${describeKey(key)}`);
      process.stdout.write(lines.join('\n') + '\n\n' + stringify(loadConfig()));
    });
}
