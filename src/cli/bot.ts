import type { Command } from 'commander';
import type { FaqSplit } from '../bot/eval/faq-set.ts';
import { KefuError } from '../errors.ts';
import { createLogger } from '../log.ts';
import { loadCliConfig } from './load-cli-config.ts';

export function registerBot(program: Command): void {
  const bot = program.command('bot').description('Train and evaluate the intent bot.');
  bot
    .command('train')
    .description('Train the shipped intent model (cached in the data directory) and every workspace that has its own examples.')
    .option('-c, --config <file>', 'YAML config file')
    .option('--workspace <id>', 'only this workspace')
    .action(async (flags: { config?: string; workspace?: string }) => {
      const config = loadCliConfig(flags);
      const [{ createApp }, { trainWorkspaceBot }] = await Promise.all([import('../app.ts'), import('../bot/train-workspace-bot.ts')]);
      const app = await createApp(config, { log: createLogger({ log: { level: 'warn' } }) });
      const startedAt = Date.now();
      await app.deps.bot.shipped();
      process.stdout.write(`shipped model ready (${Date.now() - startedAt} ms)\n`);
      const workspaces = await app.deps.db.botIntent.findMany({
        where: { examples: { some: {} }, ...(flags.workspace ? { workspaceId: flags.workspace } : {}) },
        distinct: ['workspaceId'],
        select: { workspaceId: true },
      });
      for (const { workspaceId } of workspaces) {
        const model = await trainWorkspaceBot(app.deps, workspaceId);
        process.stdout.write(`workspace ${workspaceId}: ${JSON.stringify(model.metrics)}\n`);
      }
      await app.stop();
    });
  bot
    .command('eval')
    .description(
      'Train on a held-out split and print accuracy, out-of-scope recall, confidently-wrong rate and latency; ' +
        'with --faq, run FAQ sets through the live cascade (botPreview) and print right / suggested / wrong / off-topic-safe shares.',
    )
    .option('--clinc150 <path>', 'evaluate on CLINC150 (path to data_full.json)')
    .option('--banking77 <dir>', 'evaluate on BANKING77 (folder with train.csv and test.csv)')
    .option('--faq <files...>', 'FAQ set files (JSON: entries + labelled messages; repeatable), run through the live cascade')
    .option('--split <split>', 'with --faq: tune, heldout or all', 'all')
    .option('--verbose', 'with --faq: list every failure')
    .option('-c, --config <file>', 'with --faq: YAML config file whose bot settings the eval uses')
    .option('--json', 'end with one JSON line of the figures')
    .action(async (flags: { clinc150?: string; banking77?: string; faq?: string[]; split: string; verbose?: boolean; config?: string; json?: boolean }) => {
      if (!['tune', 'heldout', 'all'].includes(flags.split)) {
        process.stderr.write(`kefu: --split must be tune, heldout or all (got ${JSON.stringify(flags.split)})\n`);
        process.exit(2);
      }
      const out = (line: string) => process.stdout.write(line + '\n');
      const json = flags.json ?? false;
      const { runBotEval } = await import('../bot/eval/run-bot-eval.ts');
      try {
        await runBotEval({
          clinc150: flags.clinc150,
          banking77: flags.banking77,
          json,
          out,
          faq: flags.faq?.length ? { files: flags.faq, split: flags.split as FaqSplit, verbose: flags.verbose ?? false, config: loadCliConfig(flags) } : undefined,
        });
      } catch (error) {
        if (!(error instanceof KefuError && error.code === 'BAD_USER_INPUT')) throw error;
        process.stderr.write(`kefu: ${error.message}\n`);
        process.exit(2);
      }
    });
}
