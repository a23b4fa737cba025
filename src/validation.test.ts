import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseInput } from './validation.ts';

const issuesOf = (schema: z.ZodTypeAny, input: unknown) => {
  try {
    parseInput(schema, input);
    return [];
  } catch (error) {
    return (error as { extensions: { issues: { path: string; message: string }[] } }).extensions.issues;
  }
};

describe('parseInput', () => {
  it('says a length limit in plain words where the schema gives none', () => {
    const schema = z.object({ query: z.string().min(1).max(500), tags: z.array(z.string()).min(1).max(20), code: z.string().min(4) });
    expect(issuesOf(schema, { query: 'x'.repeat(501), tags: [], code: 'abc' })).toEqual([
      { path: 'query', message: 'Use at most 500 characters.' },
      { path: 'tags', message: 'Give at least 1 item.' },
      { path: 'code', message: 'Use at least 4 characters.' },
    ]);
    expect(issuesOf(schema, { query: '', tags: Array(21).fill('t'), code: 'abcd' })).toEqual([
      { path: 'query', message: 'This may not be empty.' },
      { path: 'tags', message: 'Give at most 20 items.' },
    ]);
  });

  it("keeps a schema's own message and zod's words for everything else", () => {
    const schema = z.object({ query: z.string().max(5, 'Keep it short'), port: z.number() });
    expect(issuesOf(schema, { query: 'too long', port: 'eighty' })).toEqual([
      { path: 'query', message: 'Keep it short' },
      { path: 'port', message: 'Expected number, received string' },
    ]);
  });
});
