import type { Command } from 'commander';
import { createLogger } from '../log.ts';
import { loadCliConfig } from './load-cli-config.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Create a demo workspace (owner, agent, canned replies, knowledge base) and print how to sign in.')
    .option('-c, --config <file>', 'YAML config file')
    .option('-p, --port <n>', 'the port the server runs on, for the addresses printed (default 4000, or PORT)')
    .action(async (flags) => {
      const config = loadCliConfig(flags);
      const [{ createApp }, { loadDemoKnowledge }, { createDemoWorkspace, DEMO_AGENT, DEMO_OWNER }] = await Promise.all([
        import('../app.ts'),
        import('../bot/datasets/load-demo-knowledge.ts'),
        import('../workspaces/create-demo-workspace.ts'),
      ]);
      const app = await createApp(config, { log: createLogger({ log: { level: 'warn' } }) });
      const { workspace, isNew } = await createDemoWorkspace(app.deps, await loadDemoKnowledge());
      await app.stop();
      const port = config.http.port;
      process.stdout.write(
        [
          isNew ? 'Created the demo workspace.' : 'The demo workspace already exists.',
          `  Workspace:  ${workspace.name} (widget key ${workspace.widgetKey})`,
          `  Owner:      ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`,
          `  Agent:      ${DEMO_AGENT.email} / ${DEMO_AGENT.password}`,
          '',
          `Start the server with \`npm start\`${port === 4000 ? '' : ` (on port ${port}: \`npm start -- --port ${port}\`)`}, then:`,
          `  Visitor:    http://localhost:${port}/demo     (the widget on a demo page)`,
          `  Agent:      http://localhost:${port}/console  (sign in as the agent above)`,
          `  API:        http://localhost:${port}/graphql  (GraphiQL), e.g.`,
          `  mutation { signIn(input: { email: "${DEMO_AGENT.email}", password: "${DEMO_AGENT.password}" }) { token } }`,
          '',
        ].join('\n'),
      );
    });
}
