import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KefuError } from './errors.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === 'testing') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('errors.ts') ? [path] : [];
  });
}

describe('error catalogue', () => {
  it('describes how to fix every code', () => {
    for (const [code, howToFix] of Object.entries(ErrorCode)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(howToFix.length, code).toBeGreaterThan(15);
    }
  });

  it('has no code that nothing throws', () => {
    const source = sourceFiles(new URL('.', import.meta.url).pathname).map((f) => readFileSync(f, 'utf8')).join('\n');
    // Thrown by Yoga (masking, parsing, malformed HTTP) rather than by a KefuError in our code.
    const raisedElsewhere = new Set(['INTERNAL_SERVER_ERROR', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
    const unused = Object.keys(ErrorCode).filter((code) => !raisedElsewhere.has(code) && !source.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('puts the code into extensions', () => {
    const error = new KefuError('NOT_FOUND', 'No such thing.', { id: 'x' });
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', id: 'x' });
  });
});
