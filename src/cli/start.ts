import cluster from 'node:cluster';
import type { Command } from 'commander';
import { logMemoryOnSignal } from '../gc-on-signal.ts';
import { createLogger } from '../log.ts';
import { startTracing } from '../tracing/start-tracing.ts';
import { runPrimary, workerCount } from '../transport/cluster.ts';
import { exitOnUnavailableService } from './unavailable-services.ts';
import { checkConfigFiles, loadCliConfig } from './load-cli-config.ts';
import { urlHost } from '../transport/url-host.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Run the server (GraphQL over HTTP and WebSocket on one port).')
    .option('-c, --config <file>', 'YAML config file (see `kefu config defaults`)')
    .option('-p, --port <n>', 'port to listen on (default 4000, or PORT)')
    .option('-w, --workers <n>', 'server processes sharing the port (default 0 = one per CPU)')
    .action(async (flags) => {
      const config = loadCliConfig(flags);
      // Before any worker starts: a worker that cannot read a file the config names would die and be restarted forever.
      await checkConfigFiles(config);
      const log = createLogger(config).child({ workerId: cluster.isWorker ? cluster.worker?.id : 0 });
      logMemoryOnSignal(log);
      const announce = (url: string, workers = 1) =>
        process.stdout.write(
          `Kefu is running: GraphQL and GraphiQL at ${url} (WebSocket on the same URL${workers > 1 ? `; ${workers} worker processes` : ''}), the agent console at ${new URL('/console', url).href}\n`,
        );
      if (cluster.isPrimary && workerCount(config) > 1) {
        const host = urlHost(config.http.host);
        process.exit(await exitOnUnavailableService(config, () => runPrimary(config, log, process.argv.slice(2), (port) => announce(`http://${host}:${port}${config.http.graphqlPath}`, workerCount(config)))));
      }
      // Imported here, not at the top: a cluster primary serves no requests, and the app's module
      // graph (schema, Prisma client, TensorFlow.js) would cost it tens of MB for nothing.
      const { createApp } = await import('../app.ts');
      const tracing = await startTracing(config.tracing, log);
      const app = await exitOnUnavailableService(config, () => createApp(config, { log, isMigrated: cluster.isWorker, isWorker: cluster.isWorker }));
      const { url } = await app.start().catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') throw error;
        process.stderr.write(`kefu: port ${config.http.port} is already in use on ${config.http.host}: stop what holds it, or start on another with --port or KEFU_HTTP_PORT.\n`);
        process.exit(1);
      });
      if (cluster.isPrimary) announce(url);
      let isStopping = false;
      const stop = async () => {
        if (isStopping) return;
        isStopping = true;
        await app.stop();
        await tracing?.close();
        process.exit(0);
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
}
