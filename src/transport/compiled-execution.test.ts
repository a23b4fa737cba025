// The compiled path answers as graphql-js does: the same data, and errors in graphql-js's shape
// (an extensions object, locations, the original error kept for masking), whether a resolver
// fails, a variable does not coerce, or the document cannot be compiled.
import { buildSchema, execute, GraphQLError, parse, type ExecutionArgs, type ExecutionResult, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCompiledExecute } from './compiled-execution.ts';

const schema = buildSchema(`
  input NoteInput { body: String!, tags: [String!] }
  type Note { id: ID!, body: String!, tags: [String!]!, author: Author }
  type Author { name: String! }
  type Query { note(id: ID!): Note, broken: String, refused: String }
  type Mutation { addNote(input: NoteInput!): Note! }
`);

const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {
  Query: {
    note: (_, { id }) => ({ id, body: `note ${String(id)}`, tags: ['a'] }),
    broken: () => {
      throw new Error('database went away');
    },
    refused: () => {
      throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
    },
  },
  Note: {
    author: async () => ({ name: 'Ada' }),
  },
  Mutation: {
    addNote: (_, { input }) => {
      const { body, tags } = input as { body: string; tags?: string[] };
      return { id: 'n1', body, tags: tags ?? [] };
    },
  },
};
for (const [typeName, fields] of Object.entries(resolvers)) {
  const type = schema.getType(typeName) as GraphQLObjectType;
  for (const [name, resolve] of Object.entries(fields)) type.getFields()[name]!.resolve = resolve;
}

async function both(source: string, variableValues?: Record<string, unknown>, operationName?: string) {
  const args: ExecutionArgs = { schema, document: parse(source), variableValues, operationName };
  const compiled = await createCompiledExecute()(args);
  const reference = await execute(args);
  return { compiled, reference };
}

const asJson = (result: ExecutionResult) => JSON.parse(JSON.stringify(result));

describe('compiled execution of trusted documents', () => {
  it('returns the data graphql-js returns, asynchronous resolvers included', async () => {
    const { compiled, reference } = await both('query Q($id: ID!) { note(id: $id) { id body tags author { name } } }', { id: '7' });
    expect(compiled).toEqual({ data: { note: { id: '7', body: 'note 7', tags: ['a'], author: { name: 'Ada' } } } });
    expect(asJson(compiled)).toEqual(asJson(reference));
  });

  it('runs mutations with input objects', async () => {
    const { compiled, reference } = await both('mutation M($input: NoteInput!) { addNote(input: $input) { id body tags } }', { input: { body: 'hi', tags: ['x'] } });
    expect(compiled).toEqual({ data: { addNote: { id: 'n1', body: 'hi', tags: ['x'] } } });
    expect(asJson(compiled)).toEqual(asJson(reference));
  });

  it("keeps a resolver's error as graphql-js does: path, extensions, and the original error for masking", async () => {
    const { compiled, reference } = await both('{ broken refused }');
    expect(asJson(compiled)).toEqual(asJson(reference));
    const [broken, refused] = compiled.errors!;
    expect(broken).toBeInstanceOf(GraphQLError);
    expect(broken!.extensions).toEqual({});
    expect(broken!.originalError?.message).toBe('database went away');
    expect(refused!.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('answers variables that do not coerce with request errors in graphql-js shape', async () => {
    const { compiled, reference } = await both('mutation M($input: NoteInput!) { addNote(input: $input) { id } }', { input: { tags: 'x' } });
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors!.length).toBeGreaterThan(0);
    for (const error of compiled.errors!) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.extensions).toEqual({});
      expect(error.path).toBeUndefined();
      expect(error.locations).toEqual(reference.errors![0]!.locations);
      expect(error.message).toMatch(/^Variable "\$input" got invalid value/);
    }
  });

  it('leaves a document it cannot compile to graphql-js, errors and all', async () => {
    const { compiled, reference } = await both('query A { broken } query B { refused }');
    expect(compiled).toEqual(reference);
    expect(compiled.errors![0]!.message).toMatch(/operation name/);
  });
});
