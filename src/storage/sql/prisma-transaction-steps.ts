// Runs SQL steps inside an open Prisma interactive transaction, for the few writers that must
// append an event atomically with Prisma-written checks (routing's capacity claim).
import type { Prisma } from '../models.ts';
import { encodeMysqlParam } from './mysql-sql-store.ts';
import { encodePostgresParam } from './postgres-sql-store.ts';
import { encodeSqliteParam } from './sqlite-sql-store.ts';
import { runSteps, toPositional, type Dialect, type Row, type Steps } from './sql-store.ts';

export function runStepsInPrismaTransaction<T>(tx: Prisma.TransactionClient, dialect: Dialect, steps: Steps<T>): Promise<T> {
  return runSteps(steps, async ({ text, params }) => {
    if (dialect === 'postgresql') return tx.$queryRawUnsafe<Row[]>(text, ...params.map(encodePostgresParam));
    const encode = dialect === 'mysql' ? encodeMysqlParam : encodeSqliteParam;
    const positional = toPositional(text);
    return tx.$queryRawUnsafe<Row[]>(positional.text, ...positional.order.map((i) => encode(params[i])));
  });
}
