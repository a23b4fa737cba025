// Issue 12, finding 7: every error a client can get before execution has a code from the
// ErrorCode catalogue (parse, validation, bad variables, each graphql-armor limit), on HTTP and
// WebSocket alike, and with introspection off no "did you mean" hint gives the schema away.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../errors.ts';
import { createWorkspaceFixture, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { gql, type GraphQLResponse } from '../../testing/graphql-client.ts';
import { openAckedSocket, type RawSocket } from '../../testing/raw-ws.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const nested = (depth: number): string => (depth === 0 ? 'id' : `conversation { ${nested(depth - 1)} }`);

const CASES: { name: string; query: string; variables?: Record<string, unknown>; code: ErrorCode }[] = [
  { name: 'a syntax error', query: '{ viewer {', code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field close to a real one', query: '{ viewr { kind } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown argument close to a real one', query: '{ conversations(fliter: {}) { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an enum literal close to a real value', query: '{ conversations(filter: { status: [OPNE] }) { edges { cursor } } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an input field close to a real one', query: '{ conversations(filter: { statuss: [OPEN] }) { edges { cursor } } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an enum variable close to a real value', query: 'query($s: [ConversationStatus!]) { conversations(filter: { status: $s }) { edges { cursor } } }', variables: { s: ['OPNE'] }, code: 'BAD_USER_INPUT' },
  { name: 'an input variable with a field close to a real one', query: 'query($f: ConversationFilter) { conversations(filter: $f) { edges { cursor } } }', variables: { f: { statuss: ['OPEN'] } }, code: 'BAD_USER_INPUT' },
  { name: 'a query above the depth limit', query: `{ conversations { edges { node { messages { edges { node { ${nested(8)} } } } } } } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'a query above the alias limit', query: `{ ${Array.from({ length: 16 }, (_, i) => `v${i}: viewer { kind }`).join(' ')} }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'a query above the token limit', query: `{ viewer { ${'kind '.repeat(2001)} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'a query above the directive limit', query: `{ viewer { kind ${'@include(if: true) '.repeat(51)} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'a query above the cost limit', query: `{ ${Array.from({ length: 10 }, (_, i) => `c${i}: conversations(first: 100) { edges { node { messages(first: 100) { edges { node { id } } } } } }`).join(' ')} }`, code: 'QUERY_TOO_COMPLEX' },
];

type Errors = NonNullable<GraphQLResponse['errors']>;

function expectCatalogued(errors: Errors | undefined, code: ErrorCode) {
  expect(errors?.length).toBeGreaterThan(0);
  for (const error of errors!) {
    expect(Object.keys(ErrorCode)).toContain(error.extensions?.code);
    expect(error.message).not.toMatch(/did you mean/i);
  }
  expect(errors!.map((e) => e.extensions?.code)).toContain(code);
}

describe('error codes for everything a client can get (introspection off)', () => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let socket: RawSocket;
  beforeAll(async () => {
    t = await startTestApp({ config: { http: { introspection: false } } });
    ws = await createWorkspaceFixture(t.url);
    socket = await openAckedSocket(t.wsUrl, ws.ownerToken);
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  it.each(CASES)('answers $name with $code over HTTP', async ({ query, variables, code }) => {
    expectCatalogued((await gql(t.url, query, variables, ws.ownerToken)).errors, code);
  });

  it.each(CASES)('answers $name with $code over WebSocket and keeps the socket', async ({ name, query, variables, code }) => {
    socket.send({ id: name, type: 'subscribe', payload: { query, variables } });
    const answer = await socket.next((m) => m.id === name);
    const errors = answer.type === 'error' ? answer.payload : answer.payload.errors;
    expectCatalogued(errors, code);
    // Parse and validation errors (type error) carry no HTTP hints; execution results still may.
    if (answer.type === 'error') expect(errors[0].extensions).not.toHaveProperty('http');
    await socket.roundTrip();
  });

  it('answers a malformed JSON body with BAD_REQUEST', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(response.status).toBe(400);
    expectCatalogued(((await response.json()) as GraphQLResponse).errors, 'BAD_REQUEST');
  });
});

describe('suggestions with introspection on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps "did you mean" (the schema is public anyway) and the code', async () => {
    const { errors } = await gql(t.url, '{ viewr { kind } }');
    expect(errors?.[0]?.message).toMatch(/Did you mean "viewer"\?/);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the standard introspection query, and refuses __schema twice in one operation (probe finding: aliases multiplied its cost)', async () => {
    const { data } = await gql(t.url, getIntrospectionQuery({ descriptions: true }));
    expect(data?.__schema).toBeDefined();
    for (const query of ['{ a: __schema { types { name } } b: __schema { types { name } } }', '{ a: __schema { queryType { name } } ...Again } fragment Again on Query { b: __schema { queryType { name } } }']) {
      const { errors } = await gql(t.url, query);
      expect(errors?.[0]?.extensions?.code, query).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('refuses aliases inside __schema, which repeated the whole schema as often as __schema twice did (hostile probe)', async () => {
    const fields = 'fields { name args { name } type { name ofType { name } } }';
    for (const query of [
      `{ __schema { ${Array.from({ length: 14 }, (_, i) => `t${i}: types { name ${fields} }`).join(' ')} } }`,
      `{ __schema { types { name ${Array.from({ length: 14 }, (_, i) => `f${i}: ${fields}`).join(' ')} } } }`,
      `{ __schema { types { ...T } } } fragment T on __Type { a: ${fields} b: ${fields} }`,
    ]) {
      const { errors, data } = await gql(t.url, query);
      expect(data?.__schema, query).toBeUndefined();
      expect(errors?.[0]?.extensions?.code, query).toBe('QUERY_TOO_COMPLEX');
    }
    // An alias that is the field's own name repeats nothing.
    expect((await gql(t.url, '{ __schema { types: types { name } } }')).data?.__schema).toBeDefined();
  });
});
