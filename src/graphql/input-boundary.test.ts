import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findInputIssues } from './input-boundary.ts';

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! }
  type ItemConnection { pageInfo: PageInfo! }
  input SendInput { body: String, tags: [String!] }
  type Query { items(first: Int, after: String): ItemConnection! }
  type Mutation { send(input: SendInput!, note: String): Boolean }
`);

describe('findInputIssues', () => {
  it('walks a document once and checks each operation by its own variables (defaults included)', () => {
    const document = parse('mutation($input: SendInput!, $note: String) { send(input: $input, note: $note) }');
    expect(findInputIssues(schema, document, { input: { body: 'fine', tags: ['x'] }, note: 'fine' })).toEqual([]);
    expect(findInputIssues(schema, document, { input: { body: 'fine', tags: ['x\uD800'] }, note: 'fine' })).toEqual([
      { path: 'send.input.tags.0', message: expect.stringContaining('lone UTF-16 surrogate') },
    ]);
    expect(findInputIssues(schema, document, { input: { body: 'fine' }, note: 'a\u0000b' })).toEqual([{ path: 'send.note', message: expect.stringContaining('NUL character') }]);
    expect(findInputIssues(schema, document, { input: { body: 'fine' } })).toEqual([]);
    const defaulted = parse('query($n: Int = -1) { items(first: $n) { pageInfo { hasNextPage } } }');
    expect(findInputIssues(schema, defaulted, {}).map((issue) => issue.path)).toEqual(['items.first']);
    expect(findInputIssues(schema, defaulted, { n: 5 })).toEqual([]);
  });

  it('checks only what JSON makes: an uploaded file is not walked byte by byte', () => {
    const document = parse('mutation($input: SendInput!) { send(input: $input) }');
    // A file as multipart parsing hands it over: an object whose fields hold its bytes.
    const file = new (class UploadedFile {
      bytes = Buffer.alloc(10_000_000);
      name = 'has\u0000nul';
    })();
    expect(findInputIssues(schema, document, { input: { body: 'fine', file } })).toEqual([]);
    expect(findInputIssues(schema, document, { input: { body: 'fine', meta: Object.assign(Object.create(null), { note: 'a\u0000b' }) } })).toEqual([
      { path: 'send.input.meta.note', message: expect.stringContaining('NUL character') },
    ]);
  });

  it('reports a literal every time, and page arguments whether literal or variable', () => {
    const literal = parse('mutation { send(input: { body: "a\\u0000b" }) }');
    for (let i = 0; i < 2; i++) expect(findInputIssues(schema, literal, {}).map((issue) => issue.path)).toEqual(['send.input.body']);
    const page = parse('query($n: Int) { items(first: $n) { pageInfo { hasNextPage } } big: items(first: 100000) { pageInfo { hasNextPage } } }');
    expect(findInputIssues(schema, page, { n: 10 }).map((issue) => issue.path)).toEqual(['big.first']);
    expect(findInputIssues(schema, page, { n: -1 }).map((issue) => issue.path)).toEqual(['items.first', 'big.first']);
  });
});
