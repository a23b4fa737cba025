// graphql.config.yml at the repo root, loaded the way editors load it (graphql-config, which VS
// Code's and JetBrains' GraphQL plugins use): it finds the SDL and every client operation, and the
// operations validate against it.
import { readdirSync } from 'node:fs';
import { validate } from 'graphql';
import { loadConfig } from 'graphql-config';
import { describe, expect, it } from 'vitest';

describe('graphql.config.yml', () => {
  it('points editors at the schema and the client operations, which validate against it', async () => {
    const config = await loadConfig({ rootDir: new URL('../../../', import.meta.url).pathname, throwOnMissing: true });
    const project = config!.getDefault();
    const schema = await project.getSchema();
    const documents = await project.getDocuments();
    expect(schema.getType('Conversation')).toBeDefined();
    const onDisk = readdirSync(new URL('../', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.graphql'));
    expect(onDisk).toContain('operations.graphql');
    expect(documents.map((source) => source.location?.split('/client/src/')[1]).sort()).toEqual(onDisk.sort());
    // Operations in different files use each other's fragments, so they validate as one document.
    const definitions = documents.flatMap((source) => source.document!.definitions);
    expect(validate(schema, { kind: 'Document' as never, definitions }).map((error) => error.message)).toEqual([]);
  });
});
