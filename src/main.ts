// CLI entry: argv → one command in cli/. Each command imports what it runs when it runs, so the
// server's processes do not load the load generator or the bot's evaluation, nor a cluster
// primary the app.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerBench } from './cli/bench.ts';
import { registerBot } from './cli/bot.ts';
import { registerConfig } from './cli/config.ts';
import { registerDemo } from './cli/demo.ts';
import { registerMigrate } from './cli/migrate.ts';
import { registerSchema } from './cli/schema.ts';
import { registerStart } from './cli/start.ts';

const program = new Command('kefu').description('Kefu: self-hosted, GraphQL-first customer service.').showHelpAfterError();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
program.version(version, '-V, --version', 'print the Kefu version');
for (const register of [registerStart, registerMigrate, registerDemo, registerSchema, registerConfig, registerBot, registerBench]) register(program);
await program.parseAsync(process.argv);
