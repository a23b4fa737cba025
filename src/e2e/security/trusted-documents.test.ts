// Trusted documents (config graphql.trustedDocuments / trustedDocumentsOnly) over HTTP and
// WebSocket: operations of the client's manifest run by hash alone; with trustedDocumentsOnly,
// anything else is refused with DOCUMENT_NOT_TRUSTED before it is parsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createKefuClient } from '../../../client/src/create-kefu-client.ts';
import { ConversationEventsDocument, ConversationLastSeqDocument, ViewerDocument } from '../../../client/src/generated/graphql.ts';
import { getDocumentHash, printDocument } from '../../../client/src/operation-payload.ts';
import { createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../../testing/fixtures.ts';
import { openWsClient, type GraphQLResponse } from '../../testing/graphql-client.ts';
import { startTestApp, type TestApp } from '../../testing/start-test-app.ts';

const MANIFEST = new URL('../../../client/src/generated/persisted-documents.json', import.meta.url).pathname;
const UNTRUSTED = 'query Untrusted { viewer { kind workspaceId } }';

async function post(url: string, body: Record<string, unknown>, token: string): Promise<GraphQLResponse> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return (await response.json()) as GraphQLResponse;
}

const byHash = (document: Parameters<typeof getDocumentHash>[0]) => ({ query: '', extensions: { persistedQuery: { version: 1, sha256Hash: getDocumentHash(document) } } });

describe('trusted documents only', () => {
  let t: TestApp;
  let workspace: WorkspaceFixture;
  let conversationId: string;
  beforeAll(async () => {
    t = await startTestApp({ config: { graphql: { trustedDocuments: MANIFEST, trustedDocumentsOnly: true } } });
    // Fixtures use hand-written operations, so they go to an app without the restriction on the same database.
    const setup = await startTestApp({ databaseUrl: t.databaseUrl });
    workspace = await createWorkspaceFixture(setup.url);
    ({ conversationId } = await startVisitorConversation(setup.url, workspace.widgetKey));
    await setup.close();
  });
  afterAll(() => t.close());

  it('runs a manifest operation sent by its hash alone over HTTP', async () => {
    const result = await post(t.url, { ...byHash(ViewerDocument), variables: {} }, workspace.ownerToken);
    expect(result).toEqual({ data: expect.objectContaining({ viewer: expect.objectContaining({ kind: 'AGENT', workspaceId: workspace.workspaceId }) }) });
  });

  it('runs a manifest operation sent as its exact manifest text without a hash', async () => {
    const [text] = Object.values((await import(MANIFEST, { with: { type: 'json' } })).default as Record<string, string>).filter((entry) => entry.startsWith('query Viewer '));
    const result = await post(t.url, { query: text }, workspace.ownerToken);
    expect(result.data?.viewer?.workspaceId).toBe(workspace.workspaceId);
  });

  it('refuses other text and unknown hashes; a trusted hash runs the manifest text whatever text comes with it', async () => {
    const untrusted = await post(t.url, { query: UNTRUSTED }, workspace.ownerToken);
    expect(untrusted.errors?.map((error) => error.extensions?.code)).toEqual(['DOCUMENT_NOT_TRUSTED']);
    expect(untrusted.data).toBeUndefined();
    const unknownHash = await post(t.url, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }, workspace.ownerToken);
    expect(unknownHash.errors?.map((error) => error.extensions?.code)).toEqual(['DOCUMENT_NOT_TRUSTED']);
    // A trusted hash runs the manifest's text, whatever text comes with it.
    const swapped = await post(t.url, { query: UNTRUSTED, ...{ extensions: byHash(ViewerDocument).extensions } }, workspace.ownerToken);
    expect(Object.keys(swapped.data?.viewer ?? {})).toContain('agent');
  });

  it('refuses untrusted text over WebSocket and runs a resumed subscription sent by hash', async () => {
    const ws = openWsClient(t.wsUrl, workspace.ownerToken);
    try {
      const refused = await new Promise<unknown>((resolve) => ws.subscribe({ query: UNTRUSTED }, { next: resolve, error: resolve, complete: () => {} }));
      expect((refused as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('DOCUMENT_NOT_TRUSTED');
      const first = await new Promise<unknown>((resolve, reject) => {
        const stop = ws.subscribe({ ...byHash(ConversationEventsDocument), variables: { conversationId, afterSeq: 0 } }, { next: (event) => (stop(), resolve(event)), error: reject, complete: () => {} });
      });
      expect(first).toMatchObject({ data: { conversationEvents: { __typename: 'Message', seq: 1, body: 'Hello' } } });
    } finally {
      await ws.dispose();
    }
  });

  it('serves the SDK with documentMode hash: requests and a followed conversation', async () => {
    const kefu = createKefuClient({ url: t.url, auth: workspace.ownerToken, webSocketImpl: WebSocket, documentMode: 'hash' });
    try {
      expect((await kefu.request(ConversationLastSeqDocument, { id: conversationId })).conversation?.lastSeq).toBe(1);
      const message = await new Promise((resolve, reject) => {
        const follower = kefu.followConversation(conversationId, { afterSeq: 0, onMessage: (m) => (follower.stop(), resolve(m)), onError: reject });
      });
      expect(message).toMatchObject({ seq: 1, body: 'Hello' });
    } finally {
      await kefu.close();
    }
  });
});

describe('a trusted-documents manifest without trustedDocumentsOnly', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { graphql: { trustedDocuments: MANIFEST } } });
  });
  afterAll(() => t.close());

  it('runs manifest operations by hash and any other operation by text', async () => {
    const workspace = await createWorkspaceFixture(t.url);
    expect((await post(t.url, byHash(ViewerDocument), workspace.ownerToken)).data?.viewer?.workspaceId).toBe(workspace.workspaceId);
    expect((await post(t.url, { query: printDocument(ViewerDocument) }, workspace.ownerToken)).data?.viewer?.workspaceId).toBe(workspace.workspaceId);
    expect((await post(t.url, { query: UNTRUSTED }, workspace.ownerToken)).data?.viewer?.workspaceId).toBe(workspace.workspaceId);
  });
});
