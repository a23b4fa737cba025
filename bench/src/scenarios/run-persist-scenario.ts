// persist: messages stored per second through sendMessage (stored and acknowledged after their
// group commit, then published to the one subscriber, the visitor), found as the highest rate
// with p99 ≤ the limit, on SQLite and PostgreSQL; compared with a raw better-sqlite3 batched
// insert into the same database (--compare) of every row a message stores (the target's
// reference) and, as the reference was until 2026-12-03, of the seq bump and Message row only.
import { rmSync } from 'node:fs';
import { emptySummary, formatStep, stealWarnings, type BenchResult } from '../bench-result.ts';
import type { BenchOptions } from '../options.ts';
import { runRawSqliteInsert } from '../persist/raw-sqlite-insert.ts';
import type { ProgressDisplay } from '../report/progress-display.ts';
import { openSession } from '../run-session.ts';
import { accountDeliveries } from './account-deliveries.ts';
import { findMaxRate } from './find-max-rate.ts';
import { runStep } from './run-step.ts';

export async function runPersistScenario(options: BenchOptions, display: ProgressDisplay): Promise<BenchResult> {
  const databases = options.database === 'both' ? (['sqlite', 'postgresql'] as const) : [options.database];
  const report: string[] = [];
  const summary = { ...emptySummary('persist'), sqliteMessagesPerSec: null as number | null, postgresqlMessagesPerSec: null as number | null, rawSqliteMessagesPerSec: null as number | null, ratioVsRawSqlite: null as number | null, rawSqliteMessageRowOnlyPerSec: null as number | null, ratioVsRawSqliteMessageRowOnly: null as number | null };
  const warnings: string[] = [];
  let isCorrect = true;
  for (const database of databases) {
    const session = await openSession('kefu', options, display, { database });
    try {
      display.phase(`${session.label}: warm-up`);
      await runStep(session, options.rate / 2, 3, options.agents);
      const max = await findMaxRate(session, options, display);
      const account = await accountDeliveries(session);
      isCorrect &&= account.lost + account.duplicated + account.reordered === 0;
      const perSec = max.best ? Math.round(max.best.deliveriesPerSec / (1 + options.agents)) : null;
      summary[database === 'sqlite' ? 'sqliteMessagesPerSec' : 'postgresqlMessagesPerSec'] = perSec;
      summary.lost += account.lost;
      summary.duplicated += account.duplicated;
      summary.reordered += account.reordered;
      summary.connections = session.connect.subscribed;
      report.push(`${session.label}, ${session.connect.subscribed} conversations each followed by its visitor:`, ...max.steps.map((s) => formatStep('  ', s)));
      warnings.push(...stealWarnings(session.label, max.steps));
      report.push(`  stored messages/s at p99 ≤ ${options.p99LimitMs} ms: ${perSec ?? 'none passed'} | lost ${account.lost}, duplicated ${account.duplicated}, reordered ${account.reordered}, bot deliveries ${account.botDeliveries}`);
    } finally {
      // The raw insert runs after the server stopped, so it competes with nothing.
      await session.close(Boolean(session.dataDir));
    }
    if (database === 'sqlite' && session.dataDir) {
      if (options.compare) {
        display.phase('raw better-sqlite3 batched insert');
        const every = runRawSqliteInsert(`${session.dataDir}/kefu.db`, { durationMs: 5000, batchSize: 100, rows: 'every' });
        const messageOnly = runRawSqliteInsert(`${session.dataDir}/kefu.db`, { durationMs: 5000, batchSize: 100, rows: 'message' });
        const perSec = summary.sqliteMessagesPerSec;
        const ratio = (raw: number) => (perSec ? Number((perSec / raw).toFixed(3)) : null);
        summary.rawSqliteMessagesPerSec = every.messagesPerSec;
        summary.ratioVsRawSqlite = ratio(every.messagesPerSec);
        summary.rawSqliteMessageRowOnlyPerSec = messageOnly.messagesPerSec;
        summary.ratioVsRawSqliteMessageRowOnly = ratio(messageOnly.messagesPerSec);
        report.push(
          `  raw better-sqlite3 into the same file, ${every.batchSize} messages per transaction, every row a message stores (seq bump, Message, WorkspaceEvent and position, search index): ${every.messagesPerSec} messages/s | Kefu ÷ raw: ${summary.ratioVsRawSqlite ?? 'n/a'} (target ≥ 0.5)`,
          `  the same, seq bump and Message row only (the reference until 2026-12-03): ${messageOnly.messagesPerSec} messages/s | Kefu ÷ raw: ${summary.ratioVsRawSqliteMessageRowOnly ?? 'n/a'}`,
        );
      }
      rmSync(session.dataDir, { recursive: true, force: true });
    }
  }
  summary.deliveriesPerSec = summary.sqliteMessagesPerSec;
  return { summary, report, warnings, isCorrect };
}
