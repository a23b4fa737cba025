import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { buildSchema } from './schema.ts';
import { checkTrustedDocuments, readManifest, sha256Hex } from './trusted-documents.ts';

const DEFAULT_LIMITS = loadConfig({ overrides: {} }).limits;
const CLIENT_MANIFEST = new URL('../../client/src/generated/persisted-documents.json', import.meta.url).pathname;

function writeManifest(entries: Record<string, string>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kefu-manifest-')), 'manifest.json');
  writeFileSync(path, JSON.stringify(entries));
  return path;
}

describe('trusted-documents manifest', () => {
  it('finds every document the client ships valid against the schema and within the default operation limits', () => {
    const manifest = readManifest(CLIENT_MANIFEST);
    expect(manifest.size).toBeGreaterThan(20);
    expect(checkTrustedDocuments(buildSchema(), manifest, DEFAULT_LIMITS)).toEqual([]);
  });

  it('reports a document over a limit, which the server would refuse every time', () => {
    const wide = 'query Wide { agents(first: 100) { edges { node { id name } } } apiKeys(first: 100) { edges { node { id name } } } }';
    const problems = checkTrustedDocuments(buildSchema(), new Map([[sha256Hex(wide), wide]]), { ...DEFAULT_LIMITS, queryMaxCost: 100 });
    expect(problems).toEqual([{ hash: sha256Hex(wide), operations: ['Wide'], errors: [expect.stringMatching(/^Query Cost limit of 100 exceeded, found \d+.*Ask for less in one operation\.$/)] }]);
  });

  it('reports unknown fields, syntax errors and keys that are not the hash of their text', () => {
    const unknownField = 'query Old { viewer { removedField } }';
    const broken = 'query Broken { viewer {';
    const valid = 'query Ok { viewer { kind } }';
    const manifest = readManifest(writeManifest({ [sha256Hex(unknownField)]: unknownField, [sha256Hex(broken)]: broken, [sha256Hex('other')]: valid }));
    const problems = checkTrustedDocuments(buildSchema(), manifest, DEFAULT_LIMITS);
    expect(problems.map(({ operations, errors }) => ({ operations, errors: errors.map((error) => error.split(':')[0]) }))).toEqual([
      { operations: ['Old'], errors: ['Cannot query field "removedField" on type "Viewer".'] },
      { operations: [], errors: ['Syntax Error'] },
      { operations: ['Ok'], errors: ['the key is not the sha256 of the text'] },
    ]);
  });

  it('names the file and the problem when it is not a manifest', () => {
    expect(() => readManifest(writeManifest({ notAHash: 'query { viewer { kind } }' }))).toThrow(/manifest .*manifest\.json is not an object of sha256 hash → operation text: notAHash: keys are sha256 hashes/);
  });

  it('refuses trustedDocumentsOnly without a manifest', () => {
    expect(() => loadConfig({ overrides: { graphql: { trustedDocumentsOnly: true } } })).toThrow('graphql.trustedDocumentsOnly: trustedDocumentsOnly needs graphql.trustedDocuments');
  });
});
