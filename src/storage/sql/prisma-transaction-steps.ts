// Runs SQL steps inside an open Prisma interactive transaction, for the few writers that must
// change rows atomically with Prisma-written checks (routing's capacity claim).
import type { Prisma } from '../models.ts';
import type { SqlDialect } from './dialect.ts';
import { runSteps, toPositional, type Row, type Statement, type Steps } from './sql-store.ts';

export type PrismaTransaction = Prisma.TransactionClient;

export function runInPrismaTransaction(tx: PrismaTransaction, dialect: SqlDialect, statement: Statement): Promise<Row[]> {
  const execute = ({ text, params }: Statement) => {
    if (dialect.placeholders === 'numbered') return tx.$queryRawUnsafe<Row[]>(text, ...params.map(dialect.encode));
    const positional = toPositional(text);
    return tx.$queryRawUnsafe<Row[]>(positional.text, ...positional.order.map((i) => dialect.encode(params[i])));
  };
  return dialect.run ? dialect.run(statement, execute) : execute(statement);
}

export function runStepsInPrismaTransaction<T>(tx: PrismaTransaction, dialect: SqlDialect, steps: Steps<T>): Promise<T> {
  return runSteps(steps, (statement) => runInPrismaTransaction(tx, dialect, statement));
}
