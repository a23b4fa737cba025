import { readFileSync } from 'node:fs';
import { buildSchema as buildFromSdl, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema, printKefuSchema } from './schema.ts';

describe('GraphQL schema', () => {
  it('matches the committed schema/schema.graphql', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    if (committed !== printKefuSchema()) {
      expect.fail('schema/schema.graphql is stale: run `npm run schema` and commit it.');
    }
  });

  it('is valid and round-trips through SDL', () => {
    expect(validateSchema(buildSchema())).toEqual([]);
    expect(validateSchema(buildFromSdl(printKefuSchema()))).toEqual([]);
  });

  it('describes every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    const sdl = buildFromSdl(printKefuSchema());
    for (const type of Object.values(sdl.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !/(Connection|Edge)$/.test(type.name) && type.name !== 'PageInfo') undocumented.push(type.name);
      if ('getValues' in type) for (const v of type.getValues()) if (!v.description) undocumented.push(`${type.name}.${v.name}`);
      if ('getFields' in type && !/(Connection|Edge)$/.test(type.name) && type.name !== 'PageInfo') {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description && !['first', 'last', 'before', 'after', 'input'].includes(arg.name)) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
