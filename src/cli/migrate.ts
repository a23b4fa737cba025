import type { Command } from 'commander';
import { resolveDatabaseTarget } from '../storage/database-url.ts';
import { applyMigrations } from '../storage/migrate.ts';
import { exitOnUnavailableService } from './unavailable-services.ts';
import { loadCliConfig } from './load-cli-config.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (start does this too).')
    .option('-c, --config <file>', 'YAML config file')
    .action(async (flags) => {
      const config = loadCliConfig(flags);
      const target = resolveDatabaseTarget(config);
      const applied = await exitOnUnavailableService(config, () =>
        applyMigrations(target, { onProgress: ({ migration, rowsDone, rowsTotal }) => process.stdout.write(`${migration}: ${rowsDone} of ${rowsTotal} rows\n`) }),
      );
      process.stdout.write(applied.length ? `Applied ${applied.length} migration(s) to ${target.provider}: ${applied.join(', ')}\n` : `The ${target.provider} database is up to date.\n`);
    });
}
