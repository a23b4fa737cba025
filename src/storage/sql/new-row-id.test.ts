import { expect, it } from 'vitest';
import { newRowId } from './new-row-id.ts';

it('makes cuid-shaped ids whose random part stays random across refills of the random pool', () => {
  const ids = Array.from({ length: 3_000 }, () => newRowId());
  for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  expect(new Set(ids).size).toBe(ids.length);
  // The last 12 characters come from the pool of random words: none repeats across 3,000 ids.
  expect(new Set(ids.map((id) => id.slice(-12))).size).toBe(ids.length);
});
