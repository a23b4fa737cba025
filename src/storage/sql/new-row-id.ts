// Ids for rows the SQL store inserts, in the shape of Prisma's cuid() (25 characters, starting
// with "c", roughly time-ordered) so they look like every other id in the database.
import { getRandomValues } from 'node:crypto';

let counter = 0;
// Random words drawn in bulk: one getRandomValues call per 512 ids instead of one per id (it was
// 3 % of the server's CPU on the message path).
const random = new Uint32Array(1024);
let next = random.length;

function randomWord(): number {
  if (next === random.length) {
    getRandomValues(random);
    next = 0;
  }
  return random[next++]!;
}

export function newRowId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const noise = randomWord().toString(36).padStart(6, '0').slice(-6) + randomWord().toString(36).padStart(6, '0').slice(-6);
  return `c${Date.now().toString(36).padStart(8, '0')}${counter.toString(36).padStart(4, '0')}${noise}`;
}
