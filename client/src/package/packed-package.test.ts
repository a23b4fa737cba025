// The packed @kefu/client in an empty project: it type-checks beside urql, Apollo Client 4,
// graphql-request and graphql-ws (result and variable types inferred from the documents), and
// each of them runs a query, a mutation and a subscription resumed with afterSeq against a real Kefu.
import { readFileSync } from 'node:fs';
import { buildClientSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../../../src/testing/fixtures.ts';
import { startTestApp, type TestApp } from '../../../src/testing/start-test-app.ts';
import { installPackedPackage, type ConsumerProject } from './install-packed-package.ts';

interface ConsumerReport {
  client: string;
  queriedLastSeq: number;
  sentSeq: number;
  resumed: { seq: number; body: string }[];
}

describe('the packed @kefu/client package', () => {
  let t: TestApp;
  let project: ConsumerProject;
  let env: Record<string, string>;
  beforeAll(async () => {
    // Packing, installing and compiling is the type test: it throws with tsc's output on failure.
    [t, project] = await Promise.all([startTestApp(), installPackedPackage()]);
    const workspace = await createWorkspaceFixture(t.url);
    const { conversationId } = await startVisitorConversation(t.url, workspace.widgetKey, 'first');
    env = { KEFU_URL: t.url, KEFU_WS_URL: t.wsUrl, KEFU_TOKEN: workspace.ownerToken, KEFU_CONVERSATION_ID: conversationId };
  }, 240_000);
  afterAll(() => t?.close());

  it('exports the SDK, the documents and the files for tools, and nothing of the widget or console', async () => {
    expect(project.files.filter((file) => /widget|console|testing|\.test\./.test(file))).toEqual([]);
    expect(await project.resolve('@kefu/client')).toMatch(/node_modules\/@kefu\/client\/dist\/index\.js$/);
    expect(await project.resolve('@kefu/client/documents')).toMatch(/dist\/generated\/graphql\.js$/);
    expect(await project.resolve('@kefu/client/widget/mount-widget')).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    const packaged = (name: string) => readFileSync(`${project.dir}/node_modules/@kefu/client/dist/${name}`, 'utf8');
    expect(packaged('persisted-documents.json')).toBe(readFileSync(new URL('../generated/persisted-documents.json', import.meta.url), 'utf8'));
    expect(packaged('schema.graphql')).toBe(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
    const introspection = JSON.parse(packaged('introspection.json')) as IntrospectionQuery;
    expect(buildClientSchema(introspection).getSubscriptionType()?.getFields().conversationEvents?.args.map((arg) => arg.name)).toEqual(['afterSeq', 'conversationId']);
  });

  // One after another: each sends a message, so their seqs are known in advance.
  const programs = [
    { name: 'urql', body: 'via urql' },
    { name: 'apollo', body: 'via apollo' },
    { name: 'graphql-request', body: 'via graphql-request' },
    { name: 'kefu-sdk', body: 'via the Kefu SDK' },
  ];
  it.each(programs.map((program, index) => ({ ...program, index })))('$name runs a query, a mutation and a subscription resumed after the seq before its message', async ({ name, body, index }) => {
    const report = JSON.parse(await project.runProgram(name, env)) as ConsumerReport;
    // seq 1 is the visitor's first message; each program before this one added one more.
    expect(report).toEqual({ client: name, queriedLastSeq: 1 + index, sentSeq: 2 + index, resumed: [{ seq: 2 + index, body }] });
  });

  it('urql persistedExchange and Apollo PersistedQueryLink work by hash against a server that runs only trusted documents', async () => {
    const manifest = new URL('../generated/persisted-documents.json', import.meta.url).pathname;
    const trusted = await startTestApp({ databaseUrl: t.databaseUrl, config: { graphql: { trustedDocuments: manifest, trustedDocumentsOnly: true } } });
    try {
      const report = JSON.parse(await project.runProgram('trusted-only', { ...env, KEFU_URL: trusted.url, KEFU_WS_URL: trusted.wsUrl })) as ConsumerReport;
      const last = 1 + programs.length;
      expect(report).toEqual({ client: 'trusted-only', queriedLastSeq: last, sentSeq: last + 1, resumed: [] });
    } finally {
      await trusted.close();
    }
  });
});
