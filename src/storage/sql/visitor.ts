// Visitor rows. Written only by Prisma (sessions, identify, profile); SQL only locks one, so that
// one visitor's conversations are started one at a time (conversation.ts).
import type { SqlDialect } from './dialect.ts';
import type { Steps } from './sql-store.ts';

/** Row-locks the visitor until the transaction ends; where the dialect has no row locks (SQLite) its write lock does this. */
export function* lockVisitor(dialect: SqlDialect, visitorId: string): Steps<void> {
  const lock = dialect.lockRows('wait');
  if (lock !== null) yield { text: `SELECT "id" FROM "Visitor" WHERE "id" = $1 ${lock}`, params: [visitorId] };
}
