import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { printKefuSchema } from '../graphql/schema.ts';

export const SCHEMA_FILE = 'schema/schema.graphql';

export function registerSchema(program: Command): void {
  const schema = program.command('schema').description('The GraphQL schema (SDL).');
  schema
    .command('print')
    .description(`Write the SDL to ${SCHEMA_FILE} (or stdout with --stdout).`)
    .option('--stdout', 'print instead of writing the file')
    .option('--check', `exit 1 when ${SCHEMA_FILE} is stale`)
    .action((flags: { stdout?: boolean; check?: boolean }) => {
      const sdl = printKefuSchema();
      if (flags.stdout) return void process.stdout.write(sdl);
      if (flags.check) {
        const isCurrent = readFileSync(SCHEMA_FILE, 'utf8') === sdl;
        process.stdout.write(isCurrent ? `${SCHEMA_FILE} is up to date\n` : `${SCHEMA_FILE} is stale: run \`npm run schema\` and commit it\n`);
        process.exit(isCurrent ? 0 : 1);
      }
      writeFileSync(SCHEMA_FILE, sdl);
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    });
}
