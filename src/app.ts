// Composition root: builds logger, storage, events, deps, Yoga and transports in that order and
// closes them in reverse. No business logic here.
import type { Config } from './config.ts';
import type { Deps } from './deps.ts';
import { loadOrCreateSecret } from './auth/secret.ts';
import { createBotRuntime } from './bot/bot-runtime.ts';
import type { Bus } from './events/bus.ts';
import { createTopicFanOut } from './events/topic-fan-out.ts';
import { createBus } from './events/create-bus.ts';
import { usesRedis } from './redis-connection.ts';
import { createKefuYoga } from './graphql/create-yoga.ts';
import { loadTrustedDocuments } from './graphql/trusted-documents.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics } from './metrics.ts';
import { createPlugins } from './plugins/plugins.ts';
import { createMailer } from './email/create-mailer.ts';
import { createClusterRateLimiter, createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from './rate-limits.ts';
import { createPresenceTracker } from './presence/create-presence-tracker.ts';
import { serveOnlineAgent } from './routing/queue/serve-online-agent.ts';
import { registerRoutingMetrics } from './routing/register-routing-metrics.ts';
import { startRoutingSweeper } from './routing/start-routing-sweeper.ts';
import { startEventRetention } from './webhooks/start-event-retention.ts';
import { startTicketSweeper } from './tickets/start-ticket-sweeper.ts';
import { startWebhookDispatcher } from './webhooks/start-webhook-dispatcher.ts';
import { resolveDatabaseTarget } from './storage/database-url.ts';
import { applyMigrations } from './storage/migrate.ts';
import { openDatabase } from './storage/open-database.ts';
import { createMetricsReader } from './transport/cluster-metrics.ts';
import { closeServer, createHttpServer, listen } from './transport/http.ts';
import { limitConnectionsPerAddress } from './transport/connections-per-address.ts';
import { createStaticPages } from './transport/static-pages.ts';
import { createAccessGuard } from './transport/access-guard.ts';
import { attachWebSocket } from './transport/websocket.ts';
import { createAttachmentDownloads } from './transport/attachment-downloads.ts';
import { createFileStore } from './attachments/create-file-store.ts';
import { startOrphanSweeper } from './attachments/sweep-orphan-attachments.ts';
import { createInboxOrderTrail } from './conversation-log/trail-inbox-order.ts';
import { urlHost } from './transport/url-host.ts';

export interface AppOptions {
  log?: Logger;
  /** A bus to use instead of the configured one. */
  bus?: Bus;
  /** Rate limits to use instead of the configured ones. */
  limiter?: RateLimiter;
  /** A `--workers` worker: events also relay through the primary; without Redis it keeps the rate-limit counters. */
  isWorker?: boolean;
  /** Skip migrations (a cluster primary already ran them). */
  isMigrated?: boolean;
}

export interface App {
  deps: Deps;
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config);
  // First, so a bad manifest path stops startup before anything is opened.
  const trustedDocuments = loadTrustedDocuments(config.graphql);
  const target = resolveDatabaseTarget(config);
  if (!options.isMigrated) {
    const applied = await applyMigrations(target, { onProgress: (progress) => log.info(progress, 'migrating stored data') });
    if (applied.length > 0) log.info({ applied, provider: target.provider }, 'migrations applied');
  }
  const database = await openDatabase(target, log);
  const metrics = createMetrics();
  const isWorker = options.isWorker ?? false;
  const bus = options.bus ?? (await createBus(config, { log, isWorker, onPublishFailure: () => metrics.publishFailures.inc() }));
  const limiter =
    options.limiter ?? (usesRedis(config) ? await createRedisRateLimiter(config, log) : isWorker ? createClusterRateLimiter(config.limits) : createMemoryRateLimiter(config.limits));
  const bot = createBotRuntime({ db: database.db, bus, log, config });
  const plugins = await createPlugins(config, log, metrics, database.db, bus);
  const mailer = createMailer(config.email, log.child({ kind: 'email' }));
  const deps: Deps = { db: database.db, sql: database.sql, provider: database.provider, bus, log, config, metrics, secret: loadOrCreateSecret(config), limiter, bot, trustedDocuments, plugins, mailer, files: createFileStore(config), fanOut: createTopicFanOut(bus), inboxOrder: createInboxOrderTrail({ sql: database.sql, log }) };

  registerRoutingMetrics(deps);
  let isReady = false;
  const yoga = createKefuYoga(deps, { isReady: () => isReady });
  const server = createHttpServer(yoga, {
    metrics: createMetricsReader(metrics.registry),
    pages: createStaticPages(deps),
    accessLog: config.log.access ? log.child({ kind: 'access' }) : undefined,
    metricsToken: config.http.metricsToken,
    maxBodyBytes: config.http.maxBodyBytes,
    maxUploadFileBytes: config.attachments.maxBytes,
    downloads: createAttachmentDownloads(deps),
    corsOrigins: config.http.corsOrigins,
  });
  // Behind a proxy every connection comes from the proxy's address: the proxy limits them instead.
  if (config.http.trustProxy === 0) limitConnectionsPerAddress(server, config.limits.connectionsPerAddress, () => metrics.connectionsRefused.inc());
  const presence = createPresenceTracker(deps, { onPresenceChanged: (workspaceId, _agentId, state) => serveOnlineAgent(deps, workspaceId, state) });
  const accessGuard = await createAccessGuard(deps);
  const websocket = attachWebSocket(server, yoga, deps, accessGuard, presence);
  // The database-driven timers of every process, and the webhook dispatcher.
  let background: { close(): Promise<void> }[] = [];

  return {
    deps,
    async start() {
      const port = await listen(server, config.http.port, config.http.host);
      isReady = true;
      // Warm the bot so the first visitor does not wait for the shipped model to train or load.
      if (config.bot.enabled) {
        bot.shipped().then(
          () => log.info('bot model ready'),
          (error: unknown) => log.error({ err: error }, 'bot model could not be prepared'),
        );
      }
      const repaired = await deps.inboxOrder.repair();
      if (repaired > 0) log.info({ conversations: repaired }, 'inbox order caught up');
      background = [startWebhookDispatcher(deps), startEventRetention(deps), startRoutingSweeper(deps), startTicketSweeper(deps), startOrphanSweeper(deps)];
      const host = urlHost(config.http.host);
      const url = `http://${host}:${port}${config.http.graphqlPath}`;
      log.info({ url, database: target.provider, bus: bus.kind }, 'kefu listening');
      return { port, url };
    },
    async stop() {
      isReady = false;
      await Promise.all(background.map((task) => task.close()));
      await websocket.close();
      deps.fanOut.close();
      accessGuard.close();
      await presence.close();
      await closeServer(server);
      await bot.close();
      await plugins.close();
      await mailer.close();
      await limiter.close();
      await bus.close();
      await deps.inboxOrder.close();
      await database.close();
      log.info('kefu stopped');
    },
  };
}
