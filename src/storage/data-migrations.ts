// Migrations SQL cannot express, in TypeScript: each runs right after the SQL migration of the
// same name (storage/migrate.ts), on its connection and, where the database has one (SQLite,
// PostgreSQL), in its transaction. MySQL commits DDL on its own, so a step may run again after a
// failure part-way: every step must be safe to repeat.
import { withCjkUnigrams } from './search-text.ts';

/** A statement with "quoted" identifiers and $n placeholders, as in storage/sql (MySQL runs with ANSI_QUOTES). */
export type MigrationQuery = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
/** Rows done of the rows the step has to go through; called after each chunk (the migrator decides what to show). */
export type ReportProgress = (rowsDone: number, rowsTotal: number) => void;

const MESSAGES_PER_READ = 1_000;

/** searchText stored before it listed CJK unigrams gains them (search-text.ts), so one character finds old messages too. */
async function addCjkUnigramsToSearchText(query: MigrationQuery, report: ReportProgress): Promise<void> {
  const [counted] = await query('SELECT COUNT(*) AS "n" FROM "Message"');
  const total = Number(counted?.n ?? 0);
  for (let after = '', done = 0; ; ) {
    const rows = await query(`SELECT "id", "searchText" FROM "Message" WHERE "id" > $1 ORDER BY "id" LIMIT ${MESSAGES_PER_READ}`, [after]);
    const changed = rows.flatMap(({ id, searchText }) => {
      const upgraded = withCjkUnigrams(String(searchText));
      return upgraded === searchText ? [] : [{ id, upgraded }];
    });
    // One statement per read: on MySQL, where each statement commits on its own, one commit per chunk.
    if (changed.length > 0) {
      const whens = changed.map((_, i) => `WHEN $${2 * i + 1} THEN $${2 * i + 2}`).join(' ');
      const ids = changed.map((_, i) => `$${2 * i + 1}`).join(', ');
      await query(`UPDATE "Message" SET "searchText" = CASE "id" ${whens} END WHERE "id" IN (${ids})`, changed.flatMap(({ id, upgraded }) => [id, upgraded]));
    }
    done += rows.length;
    report(done, Math.max(done, total));
    if (rows.length < MESSAGES_PER_READ) return;
    after = String(rows.at(-1)!.id);
  }
}

export const dataMigrations: Readonly<Record<string, (query: MigrationQuery, report: ReportProgress) => Promise<void>>> = {
  '20261203150000_search_cjk_unigrams': addCjkUnigramsToSearchText,
};
