// What every domain function may use. Built once in app.ts and passed down; no module singletons.
import type { Config } from './config.ts';
import type { Bus } from './events/bus.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { Db } from './storage/open-database.ts';
import type { SqlStore } from './storage/sql/sql-store.ts';
import type { Provider } from './storage/database-url.ts';
import type { RateLimiter } from './rate-limits.ts';
import type { BotRuntime } from './bot/bot-runtime.ts';
import type { TrustedDocuments } from './graphql/trusted-documents.ts';
import type { Plugins } from './plugins/plugins.ts';
import type { Mailer } from './email/create-mailer.ts';
import type { FileStore } from './attachments/file-store.ts';
import type { TopicFanOut } from './events/topic-fan-out.ts';
import type { InboxOrderTrail } from './conversation-log/trail-inbox-order.ts';

export interface Deps {
  db: Db;
  /** Prepared SQL for the per-message path; everything else uses db (storage/sql/sql-store.ts). */
  sql: SqlStore;
  provider: Provider;
  bus: Bus;
  log: Logger;
  config: Config;
  metrics: Metrics;
  secret: string;
  limiter: RateLimiter;
  bot: BotRuntime;
  /** The trusted-documents manifest (config graphql.*), read by HTTP and WebSocket alike. */
  trustedDocuments: TrustedDocuments;
  /** Loaded Lua/JS plugins and each workspace's switches (src/plugins/). */
  plugins: Plugins;
  /** Outgoing email, queued and retried in the background; off until email.smtpUrl is set (src/email/). */
  mailer: Mailer;
  /** Where attachment bytes live (config attachments.storage). */
  files: FileStore;
  /** One bus listener per topic for all its streams in this process (conversation events). */
  fanOut: TopicFanOut;
  /** Copies lastMessageAt into the inbox order behind the appends (conversation-log/trail-inbox-order.ts). */
  inboxOrder: InboxOrderTrail;
}
