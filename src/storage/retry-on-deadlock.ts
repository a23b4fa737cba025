// A deadlock victim was rolled back whole, so a transaction whose body can run afresh runs again.
// MariaDB/InnoDB needs this under contention: foreign-key checks take shared locks on parent rows
// (the Workspace row of every inserted message and event), and a later update of that row (its
// event position) turns two such transactions into a deadlock that the database breaks by
// rolling one back.
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeadlock } from './prisma-errors.ts';

const MAX_ATTEMPTS = 5;

export async function retryOnDeadlock<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isDeadlock(error)) throw error;
      await sleep(Math.random() * 5 * attempt);
    }
  }
}
