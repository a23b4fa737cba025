// Ids for rows the SQL store inserts, in the shape of Prisma's cuid() (25 characters, starting
// with "c", roughly time-ordered) so they look like every other id in the database.
import { getRandomValues } from 'node:crypto';

let counter = 0;
const random = new Uint32Array(2);

export function newRowId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  getRandomValues(random);
  const noise = random[0]!.toString(36).padStart(6, '0').slice(-6) + random[1]!.toString(36).padStart(6, '0').slice(-6);
  return `c${Date.now().toString(36).padStart(8, '0')}${counter.toString(36).padStart(4, '0')}${noise}`;
}
