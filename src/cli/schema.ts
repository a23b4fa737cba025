import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';

const SCHEMA_FILE = 'schema/schema.graphql';

export function registerSchema(program: Command): void {
  const schema = program.command('schema').description('The GraphQL schema (SDL).');
  schema
    .command('print')
    .description(`Write the SDL to ${SCHEMA_FILE} (or stdout with --stdout).`)
    .option('--stdout', 'print instead of writing the file')
    .option('--check', `exit 1 when ${SCHEMA_FILE} is stale`)
    .action(async (flags: { stdout?: boolean; check?: boolean }) => {
      const { printKefuSchema } = await import('../graphql/schema.ts');
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
  schema
    .command('check-documents')
    .description('Check a trusted-documents manifest (e.g. @kefu/client/persisted-documents.json) against this schema; exit 1 on any invalid document.')
    .argument('<file>', 'the manifest: JSON of sha256 hash → operation text')
    .action(async (file: string) => {
      const [{ buildSchema }, { checkTrustedDocuments, readManifest }, { loadConfig }] = await Promise.all([import('../graphql/schema.ts'), import('../graphql/trusted-documents.ts'), import('../config.ts')]);
      let manifest: Map<string, string>;
      try {
        manifest = readManifest(file);
      } catch (error) {
        process.stderr.write(`kefu: ${(error as Error).message}\n`);
        process.exit(2);
      }
      const problems = checkTrustedDocuments(buildSchema(), manifest, loadConfig({ env: process.env }).limits);
      for (const { hash, operations, errors } of problems) {
        process.stdout.write(`${hash.slice(0, 12)} ${operations.join(', ')}:\n${errors.map((error) => `  ${error}\n`).join('')}`);
      }
      process.stdout.write(`${manifest.size - problems.length} of ${manifest.size} documents are valid against the schema and within the operation limits\n`);
      process.exitCode = problems.length > 0 ? 1 : 0;
    });
}
