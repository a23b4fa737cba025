// A transaction the database rolled back because of other transactions runs again, when its body
// can run afresh. MariaDB/InnoDB needs this under contention: foreign-key checks take shared locks
// on parent rows (the Workspace row of every inserted message and event), and a later update of
// that row (its event position) turns two such transactions into a deadlock that the database
// breaks by rolling one back. SQLite needs it when several processes share the file and one of
// them waits past busy_timeout for the write lock while the others keep taking it.
import { setTimeout as sleep } from 'node:timers/promises';
import { isLockConflict } from './prisma-errors.ts';

const MAX_ATTEMPTS = 5;

export async function retryOnLockConflict<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isLockConflict(error)) throw error;
      await sleep(Math.random() * 5 * attempt);
    }
  }
}
